package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mxsec.model.Fact;
import mxsec.query.Series;

/**
 * The figures of {@code figures}: JSON, JSONL and YAML as facts ({@link FactView}); a table of date, value,
 * unit, measure, scope and summary for people, with a bar chart per series after it when series were asked for;
 * every field of the statistic for CSV, TSV and Markdown.
 */
public final class FigureTable {
    private FigureTable() {}

    /** {@code series}: the series to chart after the table, or null when none were asked for. */
    public static void render(List<Fact> facts, List<Series> series, FactView view, OutputFormat format, Style style, PrintWriter out) {
        if (format == OutputFormat.JSON || format == OutputFormat.JSONL || format == OutputFormat.YAML) {
            view.render(facts, format, style, out);
            return;
        }
        boolean human = format.human();
        List<List<Object>> rows = new ArrayList<>();
        for (Fact f : facts) {
            var s = f.statistic();
            List<String> disagree = view.disagreeIds(f);
            if (human) {
                String value = s.value().toPlainString() + (s.upper() == null ? "" : "-" + s.upper().toPlainString())
                        + view.legend().mark(Mark.ESTIMATE, s.estimate(), style);
                String summary = f.summary() + " [" + f.globalId() + "]"
                        + (disagree.isEmpty() ? "" : " " + view.legend().mark(Mark.DIFFERS, style) + " " + String.join(", ", disagree));
                rows.add(List.of(f.effectiveDate().text(), value, s.unit(), s.measure(), s.scope() == null ? "" : s.scope(), summary));
            } else {
                rows.add(java.util.Arrays.asList(f.effectiveDate().text(), s.value(), s.upper(), s.estimate(), s.unit(), s.measure(),
                        s.scope(), s.asWritten(), f.report().id(), f.source().section(), f.source().lines(), disagree, f.summary(), f.globalId()));
            }
        }
        List<String> columns = human ? List.of("date", "value", "unit", "measure", "scope", "summary")
                : List.of("date", "value", "upper", "estimate", "unit", "measure", "scope", "as_written", "report", "section", "lines",
                        "disagrees_with", "summary", "id");
        new Tabular(columns, rows).render(format, style, out);
        if (human) {
            out.println(style.dim("'mxsec show ID' gives the full citation"));
            if (series != null) BarChart.draw(BarChart.of(series), style, view.legend(), out);
        }
    }
}
