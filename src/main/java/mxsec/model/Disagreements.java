package mxsec.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where reports differ on the same point: facts whose {@code conflicts} point at each other (either way), and
 * statistics of the same measure, scope, unit and dates, from different reports, with different values.
 * Statistics are kept as groups, not pairs: a group of n figures holds n² pairs, which a 100,000-fact corpus
 * cannot afford; the pairs of one fact are worked out when that fact is shown. A corpus index stores the
 * links and groups worked out here: a change to what they hold must bump {@code CorpusIndex.FORMAT}.
 */
public final class Disagreements {
    private final Map<String, List<Fact>> explicit = new HashMap<>();
    private final Map<Object, List<Fact>> groups = new HashMap<>();

    private final List<Fact> facts;
    /** Figure groups, built when the first figure is asked about: most listings show none. */
    private boolean grouped;

    public Disagreements(List<Fact> facts) {
        this.facts = facts;
        List<Fact> naming = new ArrayList<>();
        for (Fact f : facts) {
            if (!f.conflicts().isEmpty()) naming.add(f);
        }
        // The conflicts named, "report-id/fact-id", as ids per report: the facts named are then found without
        // building every fact's global id (ids have no '/').
        Map<String, Set<String>> wanted = new HashMap<>();
        for (Fact f : naming) {
            for (String other : f.conflicts()) {
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
            for (String other : f.conflicts()) {
                Fact o = byId.get(other);
                if (o != null) {
                    explicit.computeIfAbsent(f.globalId(), k -> new ArrayList<>()).add(o);
                    explicit.computeIfAbsent(o.globalId(), k -> new ArrayList<>()).add(f);
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
        if (s == null || s.measure() == null || s.value() == null) return null;
        var d = f.effectiveDate();
        String scope = Objects.toString(s.scope(), "").strip().toLowerCase(java.util.Locale.ROOT);
        String unit = String.valueOf(s.unit());
        if (s.measure().indexOf('|') < 0 && scope.indexOf('|') < 0 && unit.indexOf('|') < 0) {
            return new Point(s.measure(), scope, unit, d.first(), d.last());
        }
        return s.measure() + "|" + scope + "|" + s.unit() + "|" + d.first() + "|" + d.last();
    }

    /** The facts whose {@code conflicts} name {@code f}, or that {@code f} names, in the order they were found. */
    public List<Fact> explicit(Fact f) {
        return explicit.isEmpty() ? List.of() : explicit.getOrDefault(f.globalId(), List.of());
    }

    /** The figures on the same point as {@code f} (itself included), in corpus order; empty when it is no figure. */
    public List<Fact> group(Fact f) {
        Object key = groupKey(f);
        if (key == null) return List.of();
        group();
        return groups.getOrDefault(key, List.of());
    }

    /** The facts of other reports that differ from {@code f}, explicit links first, each once. */
    public List<Fact> of(Fact f) {
        return of(f, explicit(f), group(f));
    }

    /**
     * What {@code f} disagrees with, from its explicit links and its group of figures on the same point (as
     * {@link #explicit} and {@link #group} give them): the links, then the figures of other reports with
     * another value; each once, never {@code f}. A corpus index stores links and groups and answers with this.
     */
    public static List<Fact> of(Fact f, List<Fact> explicit, List<Fact> group) {
        if (explicit.isEmpty() && group.isEmpty()) return List.of();
        Set<Fact> out = new LinkedHashSet<>(explicit);
        for (Fact o : group) {
            if (o.report() != f.report() && o.statistic().value().compareTo(f.statistic().value()) != 0) out.add(o);
        }
        out.remove(f);
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }
}
