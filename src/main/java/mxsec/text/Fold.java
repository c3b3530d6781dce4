package mxsec.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folding for name matching: case- and accent-insensitive, locale-independent (no Turkish dotless i surprises). */
public final class Fold {
    private Fold() {}

    /** Lower case, accents removed, curly quotes straightened, runs of white space made one space. */
    public static String fold(String text) {
        if (text == null) return "";
        // Most names are ASCII: skip Unicode normalization (whose tables cost ~30 ms to load) when it cannot matter.
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 0x80;
        return ascii ? foldAscii(text) : foldUnicode(text);
    }

    /** The general fold; {@link #foldAscii} gives the same for ASCII text, faster. */
    static String foldUnicode(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
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

    /** {@link #fold} for ASCII text, the common case, in one pass (names are folded by the thousand at start-up). */
    private static String foldAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f) { // Character.isWhitespace, for ASCII
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '`' ? '\'' : c);
        }
        return out.toString();
    }

    /** Folded, with everything but letters and digits turned into single spaces: for word-boundary matching. */
    public static String words(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length() + 2).append(' ');
        boolean gap = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
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

    /** True when {@code needle} stands in {@code haystack} as whole words (both already passed through {@link #words}). */
    public static boolean containsWords(String haystackWords, String needleWords) {
        String needle = needleWords.trim();
        return !needle.isEmpty() && haystackWords.contains(" " + needle + " ");
    }
}
