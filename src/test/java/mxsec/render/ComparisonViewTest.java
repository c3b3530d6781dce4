package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import mxsec.query.Comparison;
import org.junit.jupiter.api.Test;

class ComparisonViewTest {
    private static String render(Comparison c, Style style) {
        StringWriter out = new StringWriter();
        ComparisonView.render(c, OutputFormat.TABLE, style, new PrintWriter(out));
        return out.toString();
    }

    /** Wrapped statements keep to their column: a full continuation line must not push the next column right. */
    @Test
    void everyLineOfAWrappedStatementStaysInItsColumn() {
        // Words of 6 and 7 letters: at every width some continuation line fills its column to the last character.
        String long1 = "aaaaaa bbbbbbb cccccc ddddddd eeeeee fffffff gggggg hhhhhhh iiiiii jjjjjjj kkkkkk lllllll";
        String long2 = "mmmmmmm nnnnnn ooooooo pppppp qqqqqqq rrrrrr sssssss tttttt uuuuuuu vvvvvv wwwwwww";
        Comparison c = new Comparison(List.of(new Comparison.Column("l", "left"), new Comparison.Column("r", "right")), List.of(
                new Comparison.Row("aspect", List.of(List.of(long1, "short"), List.of(long2))),
                new Comparison.Row("empty", List.of(List.of(), List.of("x")))));
        for (int width = 60; width <= 100; width++) { // from 60: narrower stacks the columns
            List<String> lines = render(c, new Style(false, width)).lines().toList();
            int right = lines.get(0).indexOf("right");
            for (String line : lines) {
                assertThat(line.length()).as("width %d: %s", width, line).isLessThanOrEqualTo(width);
                if (line.length() > right) {
                    assertThat(line.substring(right - 2, right)).as("width %d: %s", width, line).isEqualTo("  ");
                }
            }
            assertThat(String.join("\n", lines)).contains("\u2022 aaaaaa", "\u2022 short", "\u2022 mmmmmmm", "\u2014");
        }
    }

    @Test
    void colourDoesNotMoveTheColumns() {
        Comparison c = new Comparison(List.of(new Comparison.Column("l", "left"), new Comparison.Column("r", "right")), List.of(
                new Comparison.Row("empty", List.of(List.of(), List.of("x"))),
                new Comparison.Row("full", List.of(List.of("y"), List.of()))));
        String plain = render(c, new Style(false, 60));
        String coloured = render(c, new Style(true, 60)).replaceAll("\u001b\\[[0-9;]*m", "");
        assertThat(coloured).isEqualTo(plain);
    }
}
