package mxsec.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.text.Fold;

/**
 * Where reports differ on the same point: facts whose {@code conflicts} point at each other, and statistics
 * of the same measure and scope, for overlapping dates, from different reports, with different values.
 */
public final class Disagreements {
    private final Map<String, Set<Fact>> byFact = new LinkedHashMap<>();

    public Disagreements(Corpus corpus) {
        for (Fact f : corpus.facts()) {
            for (String other : f.conflicts()) {
                Fact o = corpus.fact(other);
                if (o != null) link(f, o);
            }
        }
        Map<String, List<Fact>> byMeasure = new LinkedHashMap<>();
        for (Fact f : corpus.facts()) {
            if (f.statistic() != null && f.statistic().measure() != null) {
                String key = f.statistic().measure() + "|" + Fold.fold(Objects.toString(f.statistic().scope(), ""));
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

    /** The facts of other reports that disagree with {@code f}. */
    public Collection<Fact> with(Fact f) {
        return byFact.getOrDefault(f.globalId(), Set.of());
    }
}
