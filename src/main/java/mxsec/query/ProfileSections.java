package mxsec.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.RelationTypes;
import mxsec.model.Report;

/**
 * The sections of an entity's profile: first those special to its kind (a state's groups present, a group's
 * lineage, leaders, territory, allies and rivals, ...), then events and figures, then what each report says
 * of the rest. Each fact stands in the first section that takes it. Classes rather than lambdas on this path
 * (docs/performance.md).
 */
public final class ProfileSections {
    private ProfileSections() {}

    /** How the facts left after the kind's sections are grouped: by report (newest first), by date, by kind. */
    public enum By { report, date, kind }

    /** {@code key} is the stable machine name; {@code title} what people read. */
    public record Section(String key, String title, List<Fact> facts) {}

    /** A section's rule: the facts that {@code matches}, in {@code order}. */
    private record Rule(String key, String title, Predicate<Fact> matches, Comparator<Fact> order) {
        static Rule of(String key, String title, FactKind kind, Comparator<Fact> order) {
            return new Rule(key, title, new OfKind(kind), order);
        }
    }

    private record OfKind(FactKind kind) implements Predicate<Fact> {
        @Override
        public boolean test(Fact f) {
            return f.kind() == kind;
        }
    }

    /** Leadership facts whose person is {@code person}: a person's roles are that person's, not those they gave. */
    private record RoleOf(String person) implements Predicate<Fact> {
        @Override
        public boolean test(Fact f) {
            return f.leadership() != null && person.equals(f.leadership().person());
        }
    }

    /** Leadership and presence facts of {@code group} itself (not of another group the fact also names). */
    private record OfGroup(FactKind kind, String group) implements Predicate<Fact> {
        @Override
        public boolean test(Fact f) {
            if (f.kind() != kind) return false;
            if (f.leadership() != null) return group.equals(f.leadership().group());
            return f.presence() != null && group.equals(f.presence().group());
        }
    }

    /** Relationships of lineage, and absorptions. */
    private static final Predicate<Fact> LINEAGE = new Predicate<>() {
        @Override
        public boolean test(Fact f) {
            return f.relationship() != null && (RelationTypes.LINEAGE.contains(f.relationship().type()) || "absorbed".equals(f.relationship().type()));
        }
    };

    private static final Comparator<Fact> BY_DATE = FactOrder.BY_DATE;
    private static final Comparator<Fact> BY_REPORT_THEN_DATE = FactOrder.BY_REPORT_THEN_DATE;

    /** The sections special to a kind, before events and figures, for the entity {@code id}. */
    private static List<Rule> rulesOf(EntityKind kind, String id) {
        return switch (kind) {
            case STATE -> List.of(Rule.of("presence", "Groups present", FactKind.PRESENCE, BY_REPORT_THEN_DATE));
            case GROUP -> List.of(
                    new Rule("lineage", "Origin and lineage", LINEAGE, BY_DATE),
                    new Rule("leaders", "Leaders", new OfGroup(FactKind.LEADERSHIP, id), BY_REPORT_THEN_DATE),
                    new Rule("territory", "Territory", new OfGroup(FactKind.PRESENCE, id), BY_REPORT_THEN_DATE),
                    Rule.of("allies-rivals", "Allies and rivals", FactKind.RELATIONSHIP, BY_DATE));
            case PERSON -> List.of(new Rule("roles", "Roles", new RoleOf(id), BY_REPORT_THEN_DATE));
            case INSTITUTION -> List.of(
                    Rule.of("leaders", "Leaders", FactKind.LEADERSHIP, BY_REPORT_THEN_DATE),
                    Rule.of("policies", "Policies", FactKind.POLICY, BY_DATE));
            case POLICY -> List.of(Rule.of("history", "History", FactKind.POLICY, BY_DATE));
            default -> List.of();
        };
    }

    /** The sections of a profile of the entity {@code id} of {@code kind} whose facts are {@code facts}. */
    public static List<Section> of(EntityKind kind, String id, List<Fact> facts, Collection<Report> reports, By by) {
        List<Rule> rules = new ArrayList<>(rulesOf(kind, id));
        rules.add(Rule.of("events", "Events", FactKind.EVENT, BY_DATE));
        rules.add(Rule.of("figures", "Figures", FactKind.STATISTIC, BY_DATE));
        List<Fact> rest = new ArrayList<>(facts);
        List<Section> out = new ArrayList<>();
        for (Rule r : rules) {
            List<Fact> matched = new ArrayList<>();
            List<Fact> left = new ArrayList<>(rest.size());
            for (Fact f : rest) (r.matches().test(f) ? matched : left).add(f);
            matched.sort(r.order());
            rest = left;
            out.add(new Section(r.key(), r.title(), matched));
        }
        switch (by) {
            case report -> {
                List<Report> newestFirst = new ArrayList<>(reports);
                Collections.reverse(newestFirst);
                Map<Report, List<Fact>> byReport = new HashMap<>();
                for (Fact f : rest) {
                    List<Fact> said = byReport.get(f.report());
                    if (said == null) byReport.put(f.report(), said = new ArrayList<>());
                    said.add(f);
                }
                for (Report r : newestFirst) {
                    List<Fact> said = byReport.getOrDefault(r, List.of());
                    out.add(new Section("report:" + r.id(), "What " + r.id() + " says (" + r.published().text() + ")", said));
                }
            }
            case date -> {
                rest.sort(BY_DATE);
                out.add(new Section("other", "What the reports say, by date", rest));
            }
            case kind -> {
                for (FactKind k : FactKind.values()) {
                    List<Fact> ofKind = new ArrayList<>();
                    for (Fact f : rest) if (f.kind() == k) ofKind.add(f);
                    ofKind.sort(BY_REPORT_THEN_DATE);
                    out.add(new Section("kind:" + k.key(), "What the reports say: " + k.key() + " facts", ofKind));
                }
            }
        }
        return out;
    }
}
