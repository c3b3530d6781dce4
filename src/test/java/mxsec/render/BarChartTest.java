package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import mxsec.model.Bound;
import org.junit.jupiter.api.Test;

class BarChartTest {
    private static String draw(List<BarChart.Chart> charts, Style style, Legend legend) {
        StringWriter out = new StringWriter();
        BarChart.draw(charts, style, legend, new PrintWriter(out));
        return out.toString();
    }

    /** A bar of a figure of {@code bound}: {@code numbers} are value, low and high, as the bound takes them. */
    private static BarChart.Bar bar(String label, Bound bound, String colour, String... numbers) {
        return new BarChart.Bar(label, mxsec.model.Statistics.of(bound, numbers), colour);
    }

    @Test
    void barsAreScaledToTheLargestValueAndLabelledInOneColumn() {
        List<BarChart.Chart> charts = List.of(new BarChart.Chart("deaths (people)",
                List.of(bar("2020  a", Bound.EXACT, "a", "50"), bar("2021  longer", Bound.ABOUT, "b", "25"),
                        bar("2022  a", Bound.EXACT, "a", "0.1"))));
        Legend legend = new Legend();
        String text = draw(charts, new Style(false, 80, false), legend);
        // Room for the bars: the width less the labels and 14, at most 50.
        assertThat(text).isEqualTo("\ndeaths (people)\n"
                + "  2020  a       " + "#".repeat(50) + " 50\n"
                + "  2021  longer  " + "#".repeat(25) + " ~ 25\n"
                + "  2022  a       # 0.1\n");
        assertThat(legend.printed()).containsExactly(Mark.ABOUT);
    }

    @Test
    void eachBoundIsDrawnAsABoundWithItsSign() {
        List<BarChart.Chart> charts = List.of(new BarChart.Chart("groups (groups)",
                List.of(bar("exact", Bound.EXACT, "a", "100"), bar("floor", Bound.MORE_THAN, "a", "300"),
                        bar("ceiling", Bound.AT_MOST, "a", "245"), bar("range", Bound.RANGE, "a", "100", "200"),
                        bar("vague", Bound.VAGUE, "a", "200"), bar("least", Bound.AT_LEAST, "a", "50"),
                        bar("fewer", Bound.LESS_THAN, "a", "30"))));
        Legend legend = new Legend();
        // 300 is the largest reach: 30 columns of bars.
        String text = draw(charts, new Style(false, 53, true), legend);
        assertThat(text).isEqualTo("\ngroups (groups)\n"
                + "  exact    " + "\u2588".repeat(10) + " 100\n"
                + "  floor    " + "\u2588".repeat(30) + "\u25b8 > 300\n"
                + "  ceiling  " + "\u2591".repeat(25) + " \u2264 245\n"
                + "  range    " + "\u2588".repeat(10) + "\u2500".repeat(9) + "\u2524 100\u2013200\n"
                + "  vague    " + "\u2588".repeat(20) + "\u25b8 \u2265 200\n"
                + "  least    " + "\u2588".repeat(5) + "\u25b8 \u2265 50\n"
                + "  fewer    " + "\u2591".repeat(3) + " < 30\n");
        assertThat(legend.printed()).containsExactlyInAnyOrder(Mark.MORE_THAN, Mark.AT_MOST, Mark.AT_LEAST, Mark.LESS_THAN);
        assertThat(draw(charts, new Style(false, 53, false), new Legend()))
                .contains("  floor    " + "#".repeat(30) + "> > 300\n")
                .contains("  ceiling  " + ".".repeat(25) + " <= 245\n")
                .contains("  range    " + "#".repeat(10) + "-".repeat(9) + "| 100-200\n");
    }

    @Test
    void aChartWithNothingAboveZeroIsNotDrawnAndColoursFollowTheKeyAcrossCharts() {
        List<BarChart.Chart> charts = List.of(new BarChart.Chart("none", List.of(bar("x", Bound.EXACT, "z", "0"), bar("y", Bound.EXACT, "z", "0"))),
                new BarChart.Chart("one", List.of(bar("x", Bound.EXACT, "a", "2"), bar("y", Bound.EXACT, "b", "1"))),
                new BarChart.Chart("two", List.of(bar("x", Bound.EXACT, "b", "2"), bar("y", Bound.EXACT, "a", "1"))));
        String text = draw(charts, new Style(true, 20, true), new Legend());
        assertThat(text).doesNotContain("none");
        String[] lines = text.split("\n");
        // "a" got the first colour, "b" the second, in both charts; the blank-key "z" chart took none.
        Style style = new Style(true, 20, true);
        assertThat(lines[2]).contains(style.fg("\u2588".repeat(10), 33));
        assertThat(lines[3]).contains(style.fg("\u2588".repeat(5), 160));
        assertThat(lines[6]).contains(style.fg("\u2588".repeat(10), 160));
        assertThat(lines[7]).contains(style.fg("\u2588".repeat(5), 33));
    }
}
