package mxsec.text;

/**
 * What the user typed, as a message may repeat it: between quotes, on one line, with nothing a terminal would act on
 * (control, format and separator characters, lone surrogates shown as {@code \\uXXXX}), and not whole when it is long.
 * An argument can hold anything a shell lets through: {@code $'\e[31m'}, a newline that would forge a message line.
 */
public final class Echo {
    /** Longer arguments are shown by their first {@link #SHOWN} characters and their length. */
    static final int LIMIT = 80, SHOWN = 60;

    private Echo() {}

    /** {@code 'typed'}, escaped; over 80 characters, {@code 'first 60…' (N characters)}. */
    public static String quote(String typed) {
        if (typed == null) return "''";
        int length = typed.codePointCount(0, typed.length());
        if (length <= LIMIT) return "'" + escape(typed) + "'";
        String head = typed.substring(0, typed.offsetByCodePoints(0, SHOWN));
        return "'" + escape(head) + "…' (" + length + " characters)";
    }

    /** A one-line message that quotes an argument whole (picocli's): escaped, and cut after 400 characters. */
    public static String line(String message) {
        String escaped = escape(message == null ? "" : message);
        if (escaped.length() <= 400) return escaped;
        int cut = Character.isLowSurrogate(escaped.charAt(300)) ? 299 : 300;
        return escaped.substring(0, cut) + "… (" + message.length() + " characters)";
    }

    /** {@code s} with every character a terminal could act on or hide written as {@code \\uXXXX}; newlines too. */
    public static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = !pair && unsafe(c) && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (bad && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out != null) {
                if (bad) out.append(String.format("\\u%04X", (int) c));
                else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Control (C0, DEL, C1), format (bidi marks and overrides, zero-width, U+FFF9-B...), line/paragraph separators, surrogates. */
    private static boolean unsafe(char c) {
        if (c < 0x20 || c == 0x7f) return true;
        if (c < 0xa0) return c >= 0x80;
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || c == '\ufff9' || c == '\ufffa' || c == '\ufffb';
    }
}
