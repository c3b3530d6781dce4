package mxsec.text;

/**
 * The characters that change what a reader sees without being seen themselves: controls, bidirectional marks,
 * overrides and isolates, zero-width characters, other format (Cf) characters such as the soft hyphen and the tag
 * characters, line and paragraph separators, interlinear annotation, variation selectors, invisible fillers,
 * noncharacters and lone surrogates. A corpus that holds one is refused ({@link #kind}); every output escapes them
 * as {@code \}{@code uXXXX} ({@link #escape}), in case one comes from somewhere validation did not see.
 * Tab and newline are text; everything else here is not.
 */
public final class UnsafeText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UnsafeText() {
    }

    /**
     * What is wrong with {@code cp}, as a message names it ("zero-width"), or null when it is fine. A surrogate
     * code point is a lone surrogate: a pair is one supplementary code point.
     */
    public static String kind(int cp) {
        if (cp < 0x20) return cp == '\n' || cp == '\t' ? null : "control";
        if (cp < 0x7f) return null;
        if (cp <= 0x9f) return "control";
        if (cp < 0xad) return null; // the common case: ASCII and most of Latin-1
        if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return "bidirectional-override";
        if (cp == 0x200e || cp == 0x200f || cp == 0x061c) return "bidirectional-mark";
        if ((cp >= 0x200b && cp <= 0x200d) || cp == 0x2060 || cp == 0xfeff || cp == 0x034f) return "zero-width";
        if (cp == 0x2028) return "line-separator";
        if (cp == 0x2029) return "paragraph-separator";
        if (cp >= 0xfff9 && cp <= 0xfffb) return "interlinear-annotation";
        if (cp >= 0xd800 && cp <= 0xdfff) return "lone-surrogate";
        if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe) return "noncharacter";
        if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x180b && cp <= 0x180d) || cp == 0x180f) {
            return "variation-selector";
        }
        if (cp == 0x115f || cp == 0x1160 || cp == 0x3164 || cp == 0xffa0) return "invisible-filler";
        // The rest of Cf: soft hyphen, Arabic number signs, invisible operators, tag characters (hidden ASCII).
        return Character.getType(cp) == Character.FORMAT ? "format" : null;
    }

    /** The message for an unsafe {@code cp}: "zero-width character U+200B in text". */
    public static String problem(int cp) {
        String kind = kind(cp);
        return String.format(kind.equals("noncharacter") ? "%s U+%04X in text" : "%s character U+%04X in text", kind, cp);
    }

    /**
     * How many chars at {@code i} make one unsafe character (1, or 2 for a supplementary one), 0 when the
     * character there is fine. A surrogate without its other half is unsafe on its own.
     */
    public static int unsafeLength(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0xad) return kind(c) == null ? 0 : 1;
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return kind(Character.toCodePoint(c, s.charAt(i + 1))) == null ? 0 : 2;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) return 0; // second half, judged with the first
        return kind(c) == null ? 0 : 1;
    }

    /** Index of the first unsafe character of {@code s}, or -1. */
    public static int firstUnsafe(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (unsafeLength(s, i) > 0) return i;
        }
        return -1;
    }

    /** The code point of the unsafe character at {@code i} (a lone surrogate is its own code point). */
    public static int codePointAt(CharSequence s, int i) {
        return unsafeLength(s, i) == 2 ? Character.codePointAt(s, i) : s.charAt(i);
    }

    /**
     * {@code s} with each unsafe character shown as {@code \}{@code uXXXX} per UTF-16 unit (the six characters, as
     * JSON and Java write it); {@code keepLines} keeps tab and newline, otherwise they are escaped too (a
     * one-line message). The same string when nothing needs escaping.
     */
    public static String escape(String s, boolean keepLines) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int n = !keepLines && (c == '\n' || c == '\t') ? 1 : unsafeLength(s, i);
            if (n > 0 && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out == null) continue;
            if (n == 0) {
                out.append(c);
                continue;
            }
            for (int k = 0; k < n; k++) appendEscape(out, s.charAt(i + k));
            i += n - 1;
        }
        return out == null ? s : out.toString();
    }

    /** Appends {@code c} as the six characters {@code \}{@code uXXXX}. */
    public static void appendEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
    }
}
