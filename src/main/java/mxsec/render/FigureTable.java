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
            if (human) {
                StringBuilder summary = new StringBuilder(f.summary()).append(" [").append(f.globalId())
                        .append(FactView.userMark(f.location(), style)).append(']');
                for (mxsec.model.Links.Linked l : view.links(f)) summary.append(" ").append(view.linkLine(f, l, style));
                rows.add(List.of(f.effectiveDate().text(), Figures.say(s, style), s.measure(), s.scope() == null ? "" : s.scope(), summary.toString()));
            } else {
                List<Object> row = new ArrayList<>(List.of(f.effectiveDate().text()));
                row.addAll(FactView.statisticMap(s).values());
                row.add(f.report().id());
                if (view.layered()) row.add(FactView.corpusOf(f.location()));
                row.addAll(java.util.Arrays.asList(f.source().section(), f.source().paragraph() > 0 ? f.source().paragraph() : null,
                        f.source().anchor(), f.source().lines(), view.linkCells(f), f.summary(), f.globalId()));
                rows.add(row);
            }
        }
        List<String> columns = human ? List.of("date", "figure", "measure", "scope", "summary")
                : List.of("date", "value", "bound", "low", "high", "unit", "measure", "scope", "as_written", "report", "section", "paragraph", "anchor", "lines",
                        "links", "summary", "id");
        if (!human && view.layered()) {
            columns = new ArrayList<>(columns);
            columns.add(columns.indexOf("report") + 1, "corpus");
        }
        new Tabular(columns, rows).render(format, style, out);
        if (human) {
            out.println(style.dim("'mxsec show ID' gives the full citation"));
            if (series != null) BarChart.draw(BarChart.of(series), style, view.legend(), out);
        }
    }
}
