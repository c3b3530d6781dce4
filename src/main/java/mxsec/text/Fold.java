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
        if (ascii) return foldAscii(text);
        String latin = decomposeLatin1(text);
        return finish(latin != null ? latin : Normalizer.normalize(text, Normalizer.Form.NFKD));
    }

    /** Each of {@code spellings} {@link #fold folded}, each once, in that order, none empty: the keys a name is found by. */
    public static java.util.List<String> keys(java.util.List<String> spellings) {
        java.util.List<String> keys = new java.util.ArrayList<>(spellings.size());
        for (String spelling : spellings) {
            String key = fold(spelling);
            if (!key.isEmpty() && !keys.contains(key)) keys.add(key);
        }
        return keys;
    }

    /** The general fold; {@link #fold} gives the same, faster for ASCII and Latin-1 text. */
    static String foldUnicode(String text) {
        return finish(Normalizer.normalize(text, Normalizer.Form.NFKD));
    }

    /**
     * NFKD of U+0080..U+00FF without the non-spacing marks (the fold drops those anyway), so that Spanish
     * names need no Unicode normalizer, whose tables cost ~12 ms to load on JDK 17. FoldTest checks every
     * entry against {@link Normalizer}.
     */
    private static final String[] LATIN1 = {
        "\u0080", "\u0081", "\u0082", "\u0083", "\u0084", "\u0085", "\u0086", "\u0087",
        "\u0088", "\u0089", "\u008a", "\u008b", "\u008c", "\u008d", "\u008e", "\u008f",
        "\u0090", "\u0091", "\u0092", "\u0093", "\u0094", "\u0095", "\u0096", "\u0097",
        "\u0098", "\u0099", "\u009a", "\u009b", "\u009c", "\u009d", "\u009e", "\u009f",
        " ", "\u00a1", "\u00a2", "\u00a3", "\u00a4", "\u00a5", "\u00a6", "\u00a7",
        " ", "\u00a9", "a", "\u00ab", "\u00ac", "\u00ad", "\u00ae", " ",
        "\u00b0", "\u00b1", "2", "3", " ", "\u03bc", "\u00b6", "\u00b7",
        " ", "1", "o", "\u00bb", "1\u20444", "1\u20442", "3\u20444", "\u00bf",
        "A", "A", "A", "A", "A", "A", "\u00c6", "C",
        "E", "E", "E", "E", "I", "I", "I", "I",
        "\u00d0", "N", "O", "O", "O", "O", "O", "\u00d7",
        "\u00d8", "U", "U", "U", "U", "Y", "\u00de", "\u00df",
        "a", "a", "a", "a", "a", "a", "\u00e6", "c",
        "e", "e", "e", "e", "i", "i", "i", "i",
        "\u00f0", "n", "o", "o", "o", "o", "o", "\u00f7",
        "\u00f8", "u", "u", "u", "u", "y", "\u00fe", "y"
    };

    /** {@link #LATIN1} applied to {@code text}; null when some character is outside it (and the quotes and dashes). */
    private static String decomposeLatin1(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) out.append(c);
            else if (c < 0x100) out.append(LATIN1[c - 0x80]);
            else if (c == '\u2011') out.append('\u2010'); // NFKD: non-breaking hyphen to hyphen
            else if (c == '\u2010' || c == '\u2013' || c == '\u2014' || c == '\u2018' || c == '\u2019' || c == '\u201c'
                    || c == '\u201d') out.append(c); // no decomposition
            else return null;
        }
        return out.toString();
    }

    /** The fold after decomposition: marks dropped, quotes and dashes straightened, spaces collapsed, lower case. */
    private static String finish(String decomposed) {
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

    /**
     * What each character below U+0100 becomes in {@link #words}: lower case, accents dropped (as {@link #LATIN1}),
     * letters and digits kept, anything else a space.
     */
    private static final String[] WORD_FORMS = new String[0x100];

    static {
        for (char c = 0; c < 0x100; c++) {
            String folded = c < 0x80 ? String.valueOf(c) : LATIN1[c - 0x80];
            StringBuilder form = new StringBuilder();
            for (char d : folded.toLowerCase(Locale.ROOT).toCharArray()) form.append(Character.isLetterOrDigit(d) ? d : ' ');
            WORD_FORMS[c] = form.toString();
        }
    }

    /** Folded, with everything but letters and digits turned into single spaces: for word-boundary matching. */
    public static String words(String text) {
        return text == null ? " " : words(text, false);
    }

    /**
     * {@link #words} of {@code text}, {@code folded} already or not. Characters below U+0100 (nearly all of a
     * corpus) go through a table in one pass; text with others is folded the general way first.
     */
    private static String words(String text, boolean folded) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        boolean gap = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
                gap = false;
                continue;
            }
            if (c >= 0x100 && !folded) return words(fold(text), true);
            String form = c < 0x100 ? WORD_FORMS[c] : Character.isLetterOrDigit(c) ? String.valueOf(c) : " ";
            for (int k = 0; k < form.length(); k++) {
                char d = form.charAt(k);
                if (d != ' ') {
                    out.append(d);
                    gap = false;
                } else if (!gap) {
                    out.append(' ');
                    gap = true;
                }
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
