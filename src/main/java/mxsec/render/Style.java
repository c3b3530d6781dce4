package mxsec.render;

import mxsec.text.UnsafeText;

/**
 * How output looks: colour on or off, the width to wrap to (0: no wrapping), whether box-drawing and block
 * characters may be used (else ASCII), and whether CSV/TSV cells are left raw (else guarded against formulas). Decided once per run by the output options. Also
 * neutralises text from a corpus before it reaches a terminal.
 */
public record Style(boolean color, int width, boolean unicode, boolean raw) {
    /** Machine output: no colour, no wrapping, CSV/TSV cells guarded against formulas. */
    public static final Style PLAIN = new Style(false, 0, true, false);

    public Style(boolean color, int width) {
        this(color, width, true, false);
    }

    public Style(boolean color, int width, boolean unicode) {
        this(color, width, unicode, false);
    }

    /** {@code unicode} when it may be used, else {@code ascii}. */
    public String pick(String unicodeText, String asciiText) {
        return unicode ? unicodeText : asciiText;
    }

    /** Text on a coloured background (256-colour palette index), or as is without colour. */
    public String background(String s, int color256) {
        return color ? "\u001b[48;5;" + color256 + "m\u001b[38;5;" + (isDark(color256) ? 231 : 16) + "m" + s + RESET : s;
    }

    /** Text in a colour of the 256-colour palette. */
    public String fg(String s, int color256) {
        return color ? "\u001b[38;5;" + color256 + "m" + s + RESET : s;
    }

    private static boolean isDark(int c) {
        return c == 16 || c == 17 || c == 18 || c == 19 || c == 52 || c == 53 || c == 88 || c == 89 || c == 90 || c == 22 || c == 23
                || c == 24 || c == 25 || c == 28 || c == 29 || c == 30 || c == 54 || c == 55 || c == 124 || c == 160 || c == 232;
    }

    private static final String RESET = "\u001b[0m";

    public String bold(String s) {
        return color ? "\u001b[1m" + s + RESET : s;
    }

    public String dim(String s) {
        return color ? "\u001b[2m" + s + RESET : s;
    }

    public String cyan(String s) {
        return color ? "\u001b[36m" + s + RESET : s;
    }

    public String yellow(String s) {
        return color ? "\u001b[33m" + s + RESET : s;
    }

    public String red(String s) {
        return color ? "\u001b[31m" + s + RESET : s;
    }

    /**
     * Text from a corpus, made safe for a terminal: control, invisible and format characters ({@link UnsafeText})
     * are shown escaped (ESC as the six characters "\\u001B"), so a hostile corpus cannot move the cursor,
     * recolour the screen, reorder or hide what the user reads.
     */
    public static String safe(String s) {
        return s == null ? "" : UnsafeText.escape(s, true);
    }
}
