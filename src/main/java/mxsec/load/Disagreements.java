package mxsec.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import mxsec.model.Fact;

/**
 * Where reports differ on the same point: facts whose {@code conflicts} point at each other, and statistics
 * of the same measure and scope, for the same dates, from different reports, with different values. Worked out
 * once when a corpus is loaded (and stored in its index), so no query pays for it.
 */
final class Disagreements {
    private final Map<String, Set<Fact>> byFact = new LinkedHashMap<>();

    /** Global fact id to the global ids of the facts of other reports that differ from it. */
    static Map<String, List<String>> find(List<Fact> facts) {
        Disagreements d = new Disagreements(facts);
        Map<String, List<String>> out = new java.util.HashMap<>();
        d.byFact.forEach((id, others) -> out.put(id, others.stream().map(Fact::globalId).toList()));
        return out;
    }

    private Disagreements(List<Fact> facts) {
        Map<String, Fact> byId = new java.util.HashMap<>();
        for (Fact f : facts) byId.put(f.globalId(), f);
        for (Fact f : facts) {
            for (String other : f.conflicts()) {
                Fact o = byId.get(other);
                if (o != null) link(f, o);
            }
        }
        Map<String, List<Fact>> byMeasure = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.statistic() != null && f.statistic().measure() != null) {
                // Scopes are written consistently within the corpus; a lower-case key avoids loading Unicode tables here.
                String key = f.statistic().measure() + "|" + Objects.toString(f.statistic().scope(), "").strip().toLowerCase(java.util.Locale.ROOT);
                byMeasure.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Fact> same : byMeasure.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Fact a = same.get(i);
                    Fact b = same.get(j);
                    if (a.report() != b.report() && sameMoment(a, b) && a.statistic().value() != null && b.statistic().value() != null
                            && a.statistic().value().compareTo(b.statistic().value()) != 0
                            && Objects.equals(a.statistic().unit(), b.statistic().unit())) {
                        link(a, b);
                    }
                }
            }
        }
    }

    /** Same year-or-day: both dates fall within the same span (a year's figure vs. the same year's). */
    private static boolean sameMoment(Fact a, Fact b) {
        var da = a.effectiveDate();
        var db = b.effectiveDate();
        return da.first().equals(db.first()) && da.last().equals(db.last());
    }

    private void link(Fact a, Fact b) {
        byFact.computeIfAbsent(a.globalId(), k -> new LinkedHashSet<>()).add(b);
        byFact.computeIfAbsent(b.globalId(), k -> new LinkedHashSet<>()).add(a);
    }

}
