package mxsec.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldTest {
    /** The general algorithm, as Fold applies it to non-ASCII text: the ASCII fast path must agree with it. */
    private static String reference(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '\u2019' || c == '\u2018' || c == '\u00b4' || c == '`') c = '\'';
            else if (c == '\u201c' || c == '\u201d') c = '"';
            else if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011') c = '-';
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String referenceWords(String text) {
        String folded = reference(text);
        StringBuilder out = new StringBuilder(" ");
        boolean gap = true;
        for (char c : folded.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                gap = false;
            } else if (!gap) {
                out.append(' ');
                gap = true;
            }
        }
        if (!gap) out.append(' ');
        return out.toString();
    }

    @Test
    void asciiFastPathAgreesWithTheGeneralFoldOnEveryAsciiCharacter() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) chars[i] = (char) random.nextInt(0x80);
            String s = new String(chars);
            assertThat(Fold.fold(s)).as("fold of %s", s.chars().boxed().toList()).isEqualTo(reference(s));
            assertThat(Fold.words(s)).as("words of %s", s.chars().boxed().toList()).isEqualTo(referenceWords(s));
        }
    }

    @Test
    void foldsCaseAccentsQuotesAndSpaces() {
        assertThat(Fold.fold("  Michoacán\tde  OCAMPO ")).isEqualTo("michoacan de ocampo");
        assertThat(Fold.fold("Cártel de Jalisco Nueva Generación")).isEqualTo("cartel de jalisco nueva generacion");
        assertThat(Fold.fold("El Chapo’s `men`")).isEqualTo("el chapo's 'men'");
        assertThat(Fold.fold("ISTANBUL")).isEqualTo("istanbul");
        assertThat(Fold.words("Zetas/Gulf-Cartel")).isEqualTo(" zetas gulf cartel ");
    }
}
