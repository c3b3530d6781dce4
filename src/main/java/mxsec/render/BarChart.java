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
 * Horizontal bar charts, one after another: each headed by its title, a bar per figure scaled to the chart's
 * largest (at least one block long), the figure written after it with the sign of its bound. A bar draws its
 * bound: solid to an exact or approximate number; solid with an open end ({@code ▸}) for a floor ("more than
 * 300"); light ({@code ░}) up to a ceiling ("up to 245"), since the figure may be anywhere below; solid to a
 * range's low end and a whisker ({@code ─┤}) to its high end. Bars of one colour key share a colour across the
 * charts (for {@code figures}: one colour per report). A chart whose largest value is not above zero is not drawn.
 */
public final class BarChart {
    private static final int[] PALETTE = {33, 160, 34, 214, 129};

    private BarChart() {}

    /** One bar: its label, its figure and the key of its colour. */
    public record Bar(String label, Fact.Statistic figure, String colourKey) {
        /** The furthest the bar reaches: a ceiling's or a range's high end, else the figure's number. */
        Decimal reach() {
            return figure.high() != null ? figure.high() : figure.anchor();
        }
    }

    /** A titled chart. */
    public record Chart(String title, List<Bar> bars) {}

    /**
     * A chart per series: each report's figure, in the series' order, labelled by its date and report, and by
     * its scope too where one date and report hold more than one figure (the lower house's and the Senate's).
     */
    public static List<Chart> of(List<Series> series) {
        List<Chart> charts = new ArrayList<>(series.size());
        for (Series s : series) {
            Map<String, Integer> perDateAndReport = new java.util.HashMap<>();
            for (Fact f : s.points()) perDateAndReport.merge(label(f), 1, Integer::sum);
            List<Bar> bars = new ArrayList<>(s.points().size());
            for (Fact f : s.points()) {
                String label = label(f);
                if (perDateAndReport.get(label) > 1) {
                    String scope = f.statistic().scope();
                    label += "  " + shortened(scope == null || scope.isBlank() ? f.id() : scope);
                }
                bars.add(new Bar(label, f.statistic(), f.report().id()));
            }
            charts.add(new Chart(s.title(), bars));
        }
        return charts;
    }

    /** A scope short enough for a label: its first 32 characters, then "…". */
    private static String shortened(String scope) {
        return scope.length() <= 32 ? scope : scope.substring(0, 31).stripTrailing() + "\u2026";
    }

    private static String label(Fact f) {
        return f.effectiveDate().text() + "  " + f.report().id();
    }

    /** Draws {@code charts}, each after a blank line; the signs of bounds are taken from {@code legend}. */
    public static void draw(List<Chart> charts, Style style, Legend legend, PrintWriter out) {
        String block = style.pick("\u2588", "#");
        String light = style.pick("\u2591", ".");
        String open = style.pick("\u25b8", ">");
        String whisker = style.pick("\u2500", "-");
        String whiskerEnd = style.pick("\u2524", "|");
        Map<String, Integer> colours = new LinkedHashMap<>();
        for (Chart chart : charts) {
            List<Bar> bars = chart.bars();
            if (bars.isEmpty()) continue;
            Decimal max = bars.get(0).reach();
            for (Bar b : bars) if (b.reach().compareTo(max) > 0) max = b.reach();
            if (max.signum() <= 0) continue;
            List<String> labels = new ArrayList<>(bars.size());
            for (Bar b : bars) labels.add(b.label());
            LabelColumn column = LabelColumn.fitting(0, 2, labels);
            int room = Math.max(10, Math.min(50, (style.width() <= 0 ? 100 : style.width()) - column.width() - 14));
            out.print("\n" + style.bold(Style.safe(chart.title())) + "\n");
            for (Bar b : bars) {
                var fig = b.figure();
                int length = (int) Math.max(1, fig.anchor().proportion(max, room));
                Integer colour = colours.get(b.colourKey());
                if (colour == null) colours.put(b.colourKey(), colour = PALETTE[colours.size() % PALETTE.length]);
                String bar = switch (fig.bound()) {
                    case AT_LEAST, MORE_THAN, VAGUE -> block.repeat(length) + open;
                    case AT_MOST, LESS_THAN -> light.repeat(length);
                    case RANGE -> block.repeat(length)
                            + whisker.repeat((int) Math.max(0, fig.high().proportion(max, room) - length - 1)) + whiskerEnd;
                    default -> block.repeat(length);
                };
                out.print("  " + column.pad(b.label()) + style.fg(bar, colour) + " " + Figures.sign(fig, style, legend) + "\n");
            }
        }
        out.flush();
    }
}
