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
 * cannot afford; the pairs of one fact are worked out when that fact is shown.
 */
final class Disagreements {
    private final Map<String, List<Fact>> explicit = new HashMap<>();
    private final Map<String, List<Fact>> groups = new HashMap<>();

    Disagreements(List<Fact> facts) {
        Map<String, Fact> byId = null; // only when some fact names conflicts
        for (Fact f : facts) {
            if (!f.conflicts().isEmpty() && byId == null) {
                byId = new HashMap<>(facts.size() * 2);
                for (Fact g : facts) byId.put(g.globalId(), g);
            }
            for (String other : f.conflicts()) {
                Fact o = byId.get(other);
                if (o != null) {
                    explicit.computeIfAbsent(f.globalId(), k -> new ArrayList<>()).add(o);
                    explicit.computeIfAbsent(o.globalId(), k -> new ArrayList<>()).add(f);
                }
            }
            String key = groupKey(f);
            if (key != null) groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
    }

    /** Same measure, scope (case aside), unit and date span: the same point. */
    private static String groupKey(Fact f) {
        var s = f.statistic();
        if (s == null || s.measure() == null || s.value() == null) return null;
        var d = f.effectiveDate();
        return s.measure() + "|" + Objects.toString(s.scope(), "").strip().toLowerCase(java.util.Locale.ROOT) + "|"
                + s.unit() + "|" + d.first() + "|" + d.last();
    }

    /** The facts of other reports that differ from {@code f}, explicit links first, each once. */
    List<Fact> of(Fact f) {
        Set<Fact> out = new LinkedHashSet<>(explicit.getOrDefault(f.globalId(), List.of()));
        String key = groupKey(f);
        if (key != null) {
            for (Fact o : groups.getOrDefault(key, List.of())) {
                if (o.report() != f.report() && o.statistic().value().compareTo(f.statistic().value()) != 0) out.add(o);
            }
        }
        out.remove(f);
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }
}
