package mxsec.text;

/**
 * What the user typed, as a message repeats it: between quotes, on one line, with nothing a terminal would act on
 * ({@link UnsafeText}, newlines included: an argument can hold anything a shell lets through, {@code $'\e[31m'}, a
 * newline that would forge a message line), and not whole when it is long ({@link Lengths#excerpt}).
 */
public final class Echo {
    /** Longer arguments are shown by their start and their length. */
    static final int LIMIT = 80;

    private Echo() {}

    /** {@code 'typed'}, escaped; over 80 characters, {@code 'its first 40…' (N characters)} (the length outside the quotes). */
    public static String quote(String typed) {
        if (typed == null) return "''";
        if (typed.length() <= LIMIT) return "'" + UnsafeText.escape(typed, false) + "'";
        return "'" + Lengths.excerpt(typed) + "' " + Lengths.length(typed);
    }

    /** A one-line message that quotes an argument whole (picocli's): escaped, and cut after 400 characters. */
    public static String line(String message) {
        String escaped = UnsafeText.escape(message == null ? "" : message, false);
        if (escaped.length() <= 400) return escaped;
        int cut = Character.isLowSurrogate(escaped.charAt(300)) ? 299 : 300;
        return escaped.substring(0, cut) + "… " + Lengths.length(message);
    }
}
