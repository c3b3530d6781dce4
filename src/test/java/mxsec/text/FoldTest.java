package mxsec.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void asciiFastPathAgreesWithTheGeneralFoldOnEveryAsciiCharacter() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) chars[i] = (char) random.nextInt(0x80);
            String s = new String(chars);
            assertThat(Fold.fold(s)).as("fold of %s", s.chars().boxed().toList()).isEqualTo(Fold.foldUnicode(s));
        }
    }

    @Test
    void latin1FastPathAgreesWithTheGeneralFold() {
        String special = "\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d";
        for (char c = 0x80; c <= 0xff; c++) {
            for (String s : new String[] {String.valueOf(c), "a" + c + "b", " " + c + " x", c + "\u00a0" + c}) {
                assertThat(Fold.fold(s)).as("fold of U+%04X in '%s'", (int) c, s).isEqualTo(Fold.foldUnicode(s));
            }
        }
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String s = randomText(random, 12, special);
            assertThat(Fold.fold(s)).as("fold of %s", s.chars().boxed().toList()).isEqualTo(Fold.foldUnicode(s));
        }
    }

    /** Up to {@code maxLength} characters: half Latin-1, a third printable ASCII, the rest from {@code special}. */
    private static String randomText(Random random, int maxLength, String special) {
        char[] chars = new char[random.nextInt(maxLength)];
        for (int i = 0; i < chars.length; i++) {
            int pick = random.nextInt(10);
            chars[i] = pick < 5 ? (char) random.nextInt(0x100) : pick < 8 ? (char) (0x20 + random.nextInt(0x5f))
                    : special.charAt(random.nextInt(special.length()));
        }
        return new String(chars);
    }

    /** Words the plain way: the general fold, then letters and digits kept and every other run one space. */
    private static String wordsUnicode(String text) {
        String folded = Fold.foldUnicode(text);
        StringBuilder out = new StringBuilder(" ");
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) out.append(c);
            else if (out.charAt(out.length() - 1) != ' ') out.append(' ');
        }
        if (out.charAt(out.length() - 1) != ' ') out.append(' ');
        return out.toString();
    }

    @Test
    void wordsFastPathAgreesWithTheGeneralWords() {
        for (char c = 0; c <= 0xff; c++) {
            for (String s : new String[] {String.valueOf(c), "a" + c + "b", " " + c + " x", c + "\u00a0" + c, "Z" + c + c + "9"}) {
                assertThat(Fold.words(s)).as("words of U+%04X in '%s'", (int) c, s).isEqualTo(wordsUnicode(s));
            }
        }
        String other = "\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u0130\u03a3\u00e9\u0301\u2044\u4e2d";
        Random random = new Random(11);
        for (int n = 0; n < 40_000; n++) {
            String s = randomText(random, 16, other);
            assertThat(Fold.words(s)).as("words of %s", s.chars().boxed().toList()).isEqualTo(wordsUnicode(s));
        }
    }

    @Test
    void foldsCaseAccentsQuotesAndSpaces() {
        assertThat(Fold.fold("  Michoacán\tde  OCAMPO ")).isEqualTo("michoacan de ocampo");
        assertThat(Fold.fold("Cártel de Jalisco Nueva Generación")).isEqualTo("cartel de jalisco nueva generacion");
        assertThat(Fold.fold("El Chapo’s `men`")).isEqualTo("el chapo's 'men'");
        assertThat(Fold.fold("ISTANBUL")).isEqualTo("istanbul");
        assertThat(Fold.words("Zetas/Gulf-Cartel")).isEqualTo(" zetas gulf cartel ");
        assertThat(Fold.words(null)).isEqualTo(" ");
    }
}
