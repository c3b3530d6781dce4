package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import mxsec.model.Decimal;
import org.junit.jupiter.api.Test;

class BarChartTest {
    private static String draw(List<BarChart.Chart> charts, Style style, Legend legend) {
        StringWriter out = new StringWriter();
        BarChart.draw(charts, style, legend, new PrintWriter(out));
        return out.toString();
    }

    private static BarChart.Bar bar(String label, String value, boolean estimate, String colour) {
        return new BarChart.Bar(label, Decimal.parse(value), estimate, colour);
    }

    @Test
    void barsAreScaledToTheLargestValueAndLabelledInOneColumn() {
        List<BarChart.Chart> charts = List.of(new BarChart.Chart("deaths (people)",
                List.of(bar("2020  a", "50", false, "a"), bar("2021  longer", "25", true, "b"), bar("2022  a", "0.1", false, "a"))));
        Legend legend = new Legend();
        String text = draw(charts, new Style(false, 80, false), legend);
        // Room for the bars: the width less the labels and 14, at most 50.
        assertThat(text).isEqualTo("\ndeaths (people)\n"
                + "  2020  a       " + "#".repeat(50) + " 50\n"
                + "  2021  longer  " + "#".repeat(25) + " 25~\n"
                + "  2022  a       # 0.1\n");
        assertThat(legend.printed()).containsExactly(Mark.ESTIMATE);
    }

    @Test
    void aChartWithNothingAboveZeroIsNotDrawnAndColoursFollowTheKeyAcrossCharts() {
        List<BarChart.Chart> charts = List.of(new BarChart.Chart("none", List.of(bar("x", "0", false, "z"), bar("y", "0", false, "z"))),
                new BarChart.Chart("one", List.of(bar("x", "2", false, "a"), bar("y", "1", false, "b"))),
                new BarChart.Chart("two", List.of(bar("x", "2", false, "b"), bar("y", "1", false, "a"))));
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
