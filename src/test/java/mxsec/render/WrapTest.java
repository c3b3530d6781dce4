package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WrapTest {
    @Test
    void wrapsAtWordsAndCutsLongWords() {
        assertThat(Wrap.lines("the quick brown fox", 9)).containsExactly("the quick", "brown fox");
        assertThat(Wrap.lines("a   b c", 5)).containsExactly("a b c");
        assertThat(Wrap.lines("abcdefghij xy", 4)).containsExactly("abcd", "efgh", "ij", "xy");
        assertThat(Wrap.lines("short\nand a longer line", 8)).containsExactly("short", "and a", "longer", "line");
        assertThat(Wrap.lines("keeps  its spaces", 0)).containsExactly("keeps  its spaces");
        assertThat(Wrap.lines("      ", 3)).containsExactly("");
        assertThat(Wrap.hanging("one two three", 8, "  ")).isEqualTo("one two\n  three");
    }

    /** The rules, written the plain way: split into words, then fill lines. */
    private static List<String> reference(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (width <= 0 || paragraph.length() <= width) {
                out.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) continue;
                while (word.length() > width) {
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    out.add(word.substring(0, width));
                    word = word.substring(width);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    @Test
    void agreesWithThePlainRulesOnRandomText() {
        Random random = new Random(3);
        String alphabet = "ab  c\n\u00e9\u201c-";
        for (int n = 0; n < 20_000; n++) {
            char[] chars = new char[random.nextInt(60)];
            for (int i = 0; i < chars.length; i++) chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            String s = new String(chars);
            int width = random.nextInt(12);
            assertThat(Wrap.lines(s, width)).as("'%s' at %d", s, width).isEqualTo(reference(s, width));
        }
    }
}
