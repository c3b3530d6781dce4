package mxsec.load;

import java.util.regex.Pattern;
import mxsec.text.UnsafeText;

/** Rules for ids. */
public final class Ids {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {}

    public static boolean isSlug(String s) {
        int n = s.length();
        if (n == 0 || n > 80) return false;
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
        return s.length() <= 80 && SLUG.matcher(s).matches();
    }

    /** A string safe to put in a message: unsafe characters ({@link UnsafeText}) shown as \\uXXXX, long strings cut. */
    public static String printable(String s) {
        int cut = Math.min(s.length(), 80);
        if (cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1))) cut--; // never half a pair
        String shown = UnsafeText.escape(s.substring(0, cut), false);
        return cut < s.length() ? shown + "..." : shown;
    }
}
