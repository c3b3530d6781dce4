package mxsec.text;

import java.util.Locale;

/**
 * How long what a user types may be, and how a message shows text that is longer: an excerpt and the length,
 * never the whole (a 100 KB argument must not come back as a 100 KB message, nor cost seconds of suggestions).
 */
public final class Lengths {
    /** A name, id or alias as typed: the corpus's longest are under 100. */
    public static final int NAME = 200;
    /** A search query, all its words together. */
    public static final int QUERY = 1000;
    /** Any one argument (an option's value, a path, a query word). */
    public static final int ARGUMENT = 4096;
    /** One line the shell reads from a script (a command and its arguments), in bytes; typed at the terminal, in characters. */
    public static final int LINE = 65536;

    private static final int EXCERPT = 40;

    private Lengths() {}

    /** The first characters of {@code s}, escaped for a message, with "…" when there is more. */
    public static String excerpt(String s) {
        int cut = Math.min(s.length(), EXCERPT);
        if (cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return UnsafeText.escape(s.substring(0, cut), false) + (cut < s.length() ? "\u2026" : "");
    }

    /**
     * {@code s} for a message: escaped, whole up to {@code limit} characters, else its {@link #excerpt} and its length
     * ("1111… (100,000 characters)").
     */
    public static String shortened(String s, int limit) {
        return s.length() <= limit ? UnsafeText.escape(s, false) : excerpt(s) + " " + length(s);
    }

    /** "(131,000 characters)". */
    public static String length(String s) {
        return String.format(Locale.ROOT, "(%,d characters)", s.length());
    }

    /** "a name is at most 200 characters; this one has 131,000: 'aaaa…'". */
    public static String tooLong(String what, String s, int max) {
        return String.format(Locale.ROOT, "%s is at most %,d characters; this one has %,d: '%s'", what, max, s.length(), excerpt(s));
    }
}
