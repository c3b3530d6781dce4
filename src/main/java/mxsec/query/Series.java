package mxsec.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.model.FactKind;

/**
 * One measure's figures in one unit, in the order {@link #figures} gives them (by date, then by the report's
 * date): what {@code figures} lines up, so that the reports' figures can be read side by side.
 */
public record Series(String measure, String unit, List<Fact> points) {
    /** "measure (unit)": what a series is headed by, and what tells one series from another. */
    public String title() {
        return measure + " (" + unit + ")";
    }

    /**
     * The statistics that pass {@code filter} (only its statistics are looked at), of {@code measures} when there
     * are any: by measure when {@code byMeasure} (series are asked for), then by date, then by the report's date.
     */
    public static List<Fact> figures(Corpus corpus, FactFilter filter, List<String> measures, boolean byMeasure) {
        List<Fact> facts = new ArrayList<>();
        for (Fact f : filter.withKinds(Set.of(FactKind.STATISTIC)).select(corpus)) {
            if (measures.isEmpty() || measures.contains(f.statistic().measure())) facts.add(f);
        }
        facts.sort(new Order(byMeasure));
        return facts;
    }

    /** The series of two or more figures among {@code facts} (statistics), in the order each first appears. */
    public static List<Series> of(List<Fact> facts) {
        Map<String, List<Fact>> byTitle = new LinkedHashMap<>();
        for (Fact f : facts) {
            String title = f.statistic().measure() + " (" + f.statistic().unit() + ")";
            List<Fact> points = byTitle.get(title);
            if (points == null) byTitle.put(title, points = new ArrayList<>());
            points.add(f);
        }
        List<Series> series = new ArrayList<>();
        for (List<Fact> points : byTitle.values()) {
            if (points.size() < 2) continue;
            var s = points.get(0).statistic();
            series.add(new Series(s.measure(), s.unit(), List.copyOf(points)));
        }
        return series;
    }

    /**
     * By measure when a series is asked for, then by date, then by the report's date. A class rather than
     * composed lambdas, whose first use cost a cold start 7-9 ms (docs/performance.md).
     */
    private record Order(boolean byMeasure) implements Comparator<Fact> {
        @Override
        public int compare(Fact a, Fact b) {
            int c = byMeasure ? a.statistic().measure().compareTo(b.statistic().measure()) : 0;
            if (c == 0) c = a.effectiveDate().compareTo(b.effectiveDate());
            return c != 0 ? c : a.report().published().compareTo(b.report().published());
        }
    }
}
