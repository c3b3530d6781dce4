package mxsec.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How facts of different reports on the same point relate: the links facts' entries write ({@code contradicts},
 * {@code updates}, {@code agrees}; each seen from both ends), and contradictions found between statistics of the
 * same measure, scope, unit and dates, from different reports, whose bounds cannot both hold ("up to 245" and
 * "more than 300"; "about 80" and 84 can).
 * Statistics are kept as groups, not pairs: a group of n figures holds n² pairs, which a 100,000-fact corpus
 * cannot afford; the pairs of one fact are worked out when that fact is shown. A corpus index stores the
 * links and groups worked out here: a change to what they hold must bump {@code CorpusIndex.FORMAT}.
 */
public final class Links {
    private final Map<String, List<Linked>> explicit = new HashMap<>();
    private final Map<Object, List<Fact>> groups = new HashMap<>();

    private final List<Fact> facts;
    /** Figure groups, built when the first figure is asked about: most listings show none. */
    private boolean grouped;

    /** One end of a link: how {@code other} relates to the fact it is listed for. */
    public record Linked(LinkType type, Fact other) {}

    public Links(List<Fact> facts) {
        this.facts = facts;
        List<Fact> naming = new ArrayList<>();
        for (Fact f : facts) {
            if (!f.links().isEmpty()) naming.add(f);
        }
        // The facts named, "report-id/fact-id", as ids per report: the facts named are then found without
        // building every fact's global id (ids have no '/').
        Map<String, Set<String>> wanted = new HashMap<>();
        for (Fact f : naming) {
            for (Fact.Link link : f.links()) {
                String other = link.target();
                int slash = other.indexOf('/');
                if (slash > 0) wanted.computeIfAbsent(other.substring(0, slash), k -> new java.util.HashSet<>()).add(other.substring(slash + 1));
            }
        }
        Map<String, Fact> byId = new HashMap<>();
        if (!wanted.isEmpty()) {
            // A report's facts stand together: look its ids up once per run of facts, not once per fact.
            Report last = null;
            Set<String> ids = null;
            for (Fact g : facts) {
                if (g.report() != last) {
                    last = g.report();
                    ids = wanted.get(last.id());
                }
                if (ids != null && ids.contains(g.id())) byId.put(g.globalId(), g);
            }
        }
        for (Fact f : naming) {
            for (Fact.Link link : f.links()) {
                Fact o = byId.get(link.target());
                if (o != null) {
                    explicit.computeIfAbsent(f.globalId(), k -> new ArrayList<>()).add(new Linked(link.type(), o));
                    explicit.computeIfAbsent(o.globalId(), k -> new ArrayList<>()).add(new Linked(link.type().reverse(), f));
                }
            }
        }
    }

    private void group() {
        if (grouped) return;
        grouped = true;
        for (Fact f : facts) {
            if (f.statistic() != null) {
                Object key = groupKey(f);
                if (key != null) groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The point of a figure, as parts: equal exactly when the text key below is (no part holds a '|'). */
    private record Point(String measure, String scope, String unit, java.time.LocalDate first, java.time.LocalDate last) {
        // Written out: a record's generated equals and hashCode bootstrap method handles, ~20 ms on a cold JVM.
        @Override
        public boolean equals(Object o) {
            return o instanceof Point p && p.measure.equals(measure) && p.scope.equals(scope) && p.unit.equals(unit)
                    && p.first.equals(first) && p.last.equals(last);
        }

        @Override
        public int hashCode() {
            return Objects.hash(measure, scope, unit, first, last);
        }
    }

    /**
     * Same measure, scope (case aside), unit and date span: the same point. Keyed by the parts, without building
     * a text for each figure; a part with a '|' in it falls back to the joined text, so keys compare as before.
     */
    private static Object groupKey(Fact f) {
        var s = f.statistic();
        if (s == null || s.measure() == null || s.anchor() == null) return null;
        var d = f.effectiveDate();
        String scope = Objects.toString(s.scope(), "").strip().toLowerCase(java.util.Locale.ROOT);
        String unit = String.valueOf(s.unit());
        if (s.measure().indexOf('|') < 0 && scope.indexOf('|') < 0 && unit.indexOf('|') < 0) {
            return new Point(s.measure(), scope, unit, d.first(), d.last());
        }
        return s.measure() + "|" + scope + "|" + s.unit() + "|" + d.first() + "|" + d.last();
    }

    /** The links that name {@code f}, or that {@code f} writes, in the order they were found. */
    public List<Linked> explicit(Fact f) {
        return explicit.isEmpty() ? List.of() : explicit.getOrDefault(f.globalId(), List.of());
    }

    /** The figures on the same point as {@code f} (itself included), in corpus order; empty when it is no figure. */
    public List<Fact> group(Fact f) {
        Object key = groupKey(f);
        if (key == null) return List.of();
        group();
        return groups.getOrDefault(key, List.of());
    }

    /** How the facts of other reports relate to {@code f}: written links first, then contradicting figures. */
    public List<Linked> of(Fact f) {
        return of(f, explicit(f), group(f));
    }

    /**
     * How others relate to {@code f}, from its written links and its group of figures on the same point (as
     * {@link #explicit} and {@link #group} give them): the links, then the figures of other reports whose bounds
     * are incompatible with its own and that no written link already joins to it. A corpus index stores links
     * and groups and answers with this.
     */
    public static List<Linked> of(Fact f, List<Linked> explicit, List<Fact> group) {
        if (group.size() < 2) return explicit;
        List<Linked> out = new ArrayList<>(explicit);
        for (Fact o : group) {
            if (o.report() == f.report() || o.statistic().compatibleWith(f.statistic())) continue;
            boolean linked = false;
            for (Linked l : explicit) linked |= l.other() == o || l.other().equals(o);
            if (!linked) out.add(new Linked(LinkType.CONTRADICTS, o));
        }
        return out.size() == explicit.size() ? explicit : List.copyOf(out);
    }
}
