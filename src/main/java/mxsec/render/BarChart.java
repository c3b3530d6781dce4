package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.model.Decimal;
import mxsec.model.Fact;
import mxsec.query.Series;

/**
 * Horizontal bar charts, one after another: each headed by its title, a bar per value scaled to the chart's
 * largest (at least one block long), the value written after it. Bars of one colour key share a colour across
 * the charts (for {@code figures}: one colour per report). A chart whose largest value is not above zero is
 * not drawn.
 */
public final class BarChart {
    private static final int[] PALETTE = {33, 160, 34, 214, 129};

    private BarChart() {}

    /** One bar: its label, its value (marked as an estimate when it is one) and the key of its colour. */
    public record Bar(String label, Decimal value, boolean estimate, String colourKey) {}

    /** A titled chart. */
    public record Chart(String title, List<Bar> bars) {}

    /** A chart per series: each report's figure, in the series' order, labelled by its date and report. */
    public static List<Chart> of(List<Series> series) {
        List<Chart> charts = new ArrayList<>(series.size());
        for (Series s : series) {
            List<Bar> bars = new ArrayList<>(s.points().size());
            for (Fact f : s.points()) {
                bars.add(new Bar(f.effectiveDate().text() + "  " + f.report().id(), f.statistic().value(), f.statistic().estimate(), f.report().id()));
            }
            charts.add(new Chart(s.title(), bars));
        }
        return charts;
    }

    /** Draws {@code charts}, each after a blank line; the estimate mark is taken from {@code legend}. */
    public static void draw(List<Chart> charts, Style style, Legend legend, PrintWriter out) {
        String block = style.pick("\u2588", "#");
        Map<String, Integer> colours = new LinkedHashMap<>();
        for (Chart chart : charts) {
            List<Bar> bars = chart.bars();
            if (bars.isEmpty()) continue;
            Decimal max = bars.get(0).value();
            for (Bar b : bars) if (b.value().compareTo(max) > 0) max = b.value();
            if (max.signum() <= 0) continue;
            List<String> labels = new ArrayList<>(bars.size());
            for (Bar b : bars) labels.add(b.label());
            LabelColumn column = LabelColumn.fitting(0, 2, labels);
            int room = Math.max(10, Math.min(50, (style.width() <= 0 ? 100 : style.width()) - column.width() - 14));
            out.print("\n" + style.bold(Style.safe(chart.title())) + "\n");
            for (Bar b : bars) {
                int length = (int) Math.max(1, b.value().proportion(max, room));
                Integer colour = colours.get(b.colourKey());
                if (colour == null) colours.put(b.colourKey(), colour = PALETTE[colours.size() % PALETTE.length]);
                out.print("  " + column.pad(b.label()) + style.fg(block.repeat(length), colour) + " " + b.value().toPlainString()
                        + legend.mark(Mark.ESTIMATE, b.estimate(), style) + "\n");
            }
        }
        out.flush();
    }
}
