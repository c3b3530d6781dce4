package mxsec.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.Report;

/**
 * A value per state, for a map: the group the newest report calls dominant there, where one group is (its
 * strongest status in the newest report that speaks of it there), or how many facts of some topics concern it.
 *
 * @param group the group whose reach it is, or null
 * @param topics the topics whose facts it counts, as asked for (empty: a map of presence)
 * @param states one per state asked for, in that order
 */
public record StateMap(Entity group, List<String> topics, List<State> states) {
    /** The value of a cell that counts no dominant group among the groups present. */
    public static final String NO_DOMINANT = "no dominant group";
    /** The value of a cell where the newest report calls more than one group dominant. */
    public static final String SEVERAL = "several";
    /** Presence statuses, strongest first. */
    public static final List<String> STATUSES = List.of("dominant", "contested", "present", "limited", "absent");

    /**
     * One state's value and what it rests on.
     *
     * @param state the state
     * @param iso its ISO 3166-2 code without "MX-" ("GRO")
     * @param value a group id, {@link #SEVERAL} or {@link #NO_DOMINANT}; a status; a count of facts; null when
     *     no fact speaks of the state
     * @param dominant the group {@code value} names, when it names one the corpus has; else null
     * @param reports the reports the value comes from
     * @param facts the facts it comes from
     */
    public record State(Entity state, String iso, String value, Entity dominant, List<String> reports, List<Fact> facts) {}

    /** Whether it counts facts by topic. */
    public boolean byTopic() {
        return !topics.isEmpty();
    }

    /**
     * Per state (ISO suffixes, e.g. "GRO"), the newest report that speaks of it decides (the first of them, on a
     * tie): the group it calls dominant there ({@link #SEVERAL}, {@link #NO_DOMINANT}) or, with {@code group},
     * that group's strongest status there.
     */
    public static StateMap presence(Corpus corpus, FactFilter filter, Entity group, List<String> isos) {
        // One pass over the facts that can count, each filed under its state (a pass per state cost 32 scans).
        Map<String, List<Fact>> byState = new HashMap<>();
        for (Fact f : filter.withKinds(Set.of(FactKind.PRESENCE)).select(corpus)) {
            if (f.presence().state() == null || group != null && !group.id().equals(f.presence().group())) continue;
            file(byState, f.presence().state(), f);
        }
        List<State> states = new ArrayList<>(isos.size());
        for (Entity s : states(corpus, isos)) {
            List<Fact> facts = byState.get(s.id());
            if (facts == null) {
                states.add(new State(s, iso(s), null, null, List.of(), List.of()));
                continue;
            }
            Report newest = facts.get(0).report();
            for (Fact f : facts) if (f.report().published().compareTo(newest.published()) > 0) newest = f.report();
            List<Fact> said = new ArrayList<>();
            for (Fact f : facts) if (f.report() == newest) said.add(f);
            String value;
            if (group != null) {
                value = strongest(said);
            } else {
                List<String> dominant = new ArrayList<>();
                for (Fact f : said) {
                    if ("dominant".equals(f.presence().status()) && !dominant.contains(f.presence().group())) dominant.add(f.presence().group());
                }
                value = dominant.isEmpty() ? NO_DOMINANT : dominant.size() > 1 ? SEVERAL : dominant.get(0);
            }
            Entity dominant = group != null || NO_DOMINANT.equals(value) || SEVERAL.equals(value) ? null : corpus.entity(EntityKind.GROUP, value);
            states.add(new State(s, iso(s), value, dominant, List.of(newest.id()), List.copyOf(said)));
        }
        return new StateMap(group, List.of(), states);
    }

    /** Per state (ISO suffixes), how many of the facts {@code filter} keeps concern it; {@code topics} as asked for. */
    public static StateMap topics(Corpus corpus, FactFilter filter, List<String> topics, List<String> isos) {
        Map<String, List<Fact>> byState = new HashMap<>();
        for (Fact f : filter.select(corpus)) {
            List<String> refs = f.refs(EntityKind.STATE);
            for (int i = 0; i < refs.size(); i++) {
                if (refs.indexOf(refs.get(i)) == i) file(byState, refs.get(i), f); // each state once
            }
        }
        List<State> states = new ArrayList<>(isos.size());
        for (Entity s : states(corpus, isos)) {
            List<Fact> facts = byState.get(s.id());
            if (facts == null) facts = List.of();
            List<String> reports = new ArrayList<>();
            for (Fact f : facts) if (!reports.contains(f.report().id())) reports.add(f.report().id());
            states.add(new State(s, iso(s), String.valueOf(facts.size()), null, reports, List.copyOf(facts)));
        }
        return new StateMap(null, List.copyOf(topics), states);
    }

    /** The state entities of {@code isos}, in that order. */
    private static List<Entity> states(Corpus corpus, List<String> isos) {
        Map<String, Entity> byIso = new HashMap<>();
        for (Entity s : corpus.entities(EntityKind.STATE)) byIso.put(iso(s), s);
        List<Entity> out = new ArrayList<>(isos.size());
        for (String iso : isos) out.add(byIso.get(iso));
        return out;
    }

    private static String iso(Entity state) {
        return state.attribute("iso").substring(3);
    }

    private static void file(Map<String, List<Fact>> byState, String state, Fact f) {
        List<Fact> facts = byState.get(state);
        if (facts == null) byState.put(state, facts = new ArrayList<>());
        facts.add(f);
    }

    /** Of one report's statements about a group in a state, the strongest status. */
    private static String strongest(List<Fact> said) {
        for (String status : STATUSES) {
            for (Fact f : said) if (status.equals(f.presence().status())) return status;
        }
        return "present";
    }
}
