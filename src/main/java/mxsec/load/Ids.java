package mxsec.load;

import java.util.regex.Pattern;
import mxsec.text.UnsafeText;

/** Rules for ids. */
public final class Ids {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The longest id (the built-in corpus's longest is 48 characters). */
    public static final int MAX_LENGTH = 80;

    private Ids() {}

    /** For an id over {@link #MAX_LENGTH}: "is 300 characters long, over the limit of 80 for an id: 'aaa…'"; else null. */
    public static String lengthProblem(String s) {
        if (s.length() <= MAX_LENGTH) return null;
        return "is " + s.length() + " characters long, over the limit of " + MAX_LENGTH + " for an id: '" + mxsec.text.Lengths.excerpt(s) + "'";
    }

    public static boolean isSlug(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) return false;
        boolean afterHyphen = true; // no leading hyphen
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else if (c == '-' && !afterHyphen) {
                afterHyphen = true;
            } else {
                return false;
            }
        }
        return !afterHyphen; // no trailing hyphen
    }

    /** The regular expression {@link #isSlug} implements, for tests. */
    static boolean isSlugByPattern(String s) {
        return s.length() <= MAX_LENGTH && SLUG.matcher(s).matches();
    }

    /** A string safe to put in a message: unsafe characters ({@link UnsafeText}) shown as \\uXXXX, long strings cut. */
    public static String printable(String s) {
        int cut = Math.min(s.length(), 80);
        if (cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1))) cut--; // never half a pair
        String shown = UnsafeText.escape(s.substring(0, cut), false);
        return cut < s.length() ? shown + "..." : shown;
    }
}
