package mxsec.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A decimal number as the corpus writes it (a figure's value): its text in {@link BigDecimal#toString} form,
 * compared, scaled and printed without making a BigDecimal when the text is plain digits. The first BigDecimal
 * of a process costs JDK 25 10-15 ms (its class initialization spins string-concatenation code), more than the
 * lookup that shows the figure. Text with an exponent, or numbers too long for a {@code long}, go through
 * BigDecimal and give the same answers. Equal when their texts are ("80" is not "80.0", as for BigDecimal,
 * though they compare as equal). JSON, YAML and CSV write it as the number it is.
 */
public final class Decimal extends Number implements Comparable<Decimal> {
    private static final long serialVersionUID = 1L;
    private final String text;

    private Decimal(String text) {
        this.text = text;
    }

    public static Decimal of(BigDecimal value) {
        return value == null ? null : new Decimal(value.toString());
    }

    /** The number {@code text} says; {@link NumberFormatException} when it is none. */
    public static Decimal parse(String text) {
        if (text == null) return null;
        return new Decimal(canonical(text) ? text : new BigDecimal(text).toString());
    }

    /**
     * Whether {@code text} is already what BigDecimal's toString would write for it (as a corpus index holds
     * it): plain digits, no leading zero, no minus zero, a point only with digits after it, and not so small
     * that it would take an exponent.
     */
    private static boolean canonical(String text) {
        if (!plain(text)) return false;
        String digits = unsigned(text);
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        if (whole.isEmpty() || point == digits.length() - 1) return false;
        if (whole.length() > 1 && whole.charAt(0) == '0') return false;
        if (whole.equals("0") && point >= 0 && digits.length() - point - 1 > 6) return false;
        return !text.startsWith("-") || signum(digits) != 0;
    }

    public BigDecimal toBigDecimal() {
        return new BigDecimal(text);
    }

    /** In plain digits, as {@link BigDecimal#toPlainString}. */
    public String toPlainString() {
        return text.indexOf('E') < 0 ? text : toBigDecimal().toPlainString();
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decimal d && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public int compareTo(Decimal other) {
        return compare(text, other.text);
    }

    public int signum() {
        return signum(text);
    }

    /** {@code this × scale / max}, rounded to the nearest whole number (halves away from zero): a bar's length. */
    public long proportion(Decimal max, int scale) {
        return proportion(text, max.text, scale);
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    @Override
    public long longValue() {
        return toBigDecimal().longValue();
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    /** As {@code new BigDecimal(a).compareTo(new BigDecimal(b))}: "80" and "80.0" are equal. */
    static int compare(String a, String b) {
        if (a.equals(b)) return 0;
        if (!plain(a) || !plain(b)) return new BigDecimal(a).compareTo(new BigDecimal(b));
        int sa = signum(a), sb = signum(b);
        if (sa != sb) return Integer.compare(sa, sb);
        int magnitude = compareMagnitude(unsigned(a), unsigned(b));
        return sa < 0 ? -magnitude : magnitude;
    }

    /** See {@link #proportion(Decimal, int)}; {@link ArithmeticException} when {@code max} is zero. */
    static long proportion(String value, String max, int scale) {
        if (plain(value) && plain(max)) {
            try {
                long[] v = unscaled(value), m = unscaled(max);
                int digits = (int) Math.max(v[1], m[1]);
                // value × scale / max = (v × 10^(digits-vs)) × scale / (m × 10^(digits-ms))
                long numerator = Math.multiplyExact(Math.multiplyExact(v[0], tenTo(digits - (int) v[1])), scale);
                long denominator = Math.multiplyExact(m[0], tenTo(digits - (int) m[1]));
                if (denominator == 0) throw new ArithmeticException("division by zero"); // as BigDecimal's below
                long twice = Math.addExact(Math.multiplyExact(Math.abs(numerator), 2), Math.abs(denominator));
                long rounded = twice / Math.multiplyExact(Math.abs(denominator), 2);
                return (numerator < 0) != (denominator < 0) ? -rounded : rounded;
            } catch (ArithmeticException overflowOrZero) {
                // too many digits for a long (or a zero max, which BigDecimal refuses the same way): see below
            }
        }
        return new BigDecimal(value).multiply(BigDecimal.valueOf(scale)).divide(new BigDecimal(max), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Digits with at most one point and an optional leading minus: what needs no BigDecimal here. */
    private static boolean plain(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    private static String unsigned(String s) {
        return s.startsWith("-") ? s.substring(1) : s;
    }

    private static int signum(String s) {
        if (!plain(s)) return new BigDecimal(s).signum();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') return s.startsWith("-") ? -1 : 1;
        }
        return 0;
    }

    /** Compares two unsigned plain decimals: the whole parts by length then digits, then the fractions. */
    private static int compareMagnitude(String a, String b) {
        int pa = a.indexOf('.'), pb = b.indexOf('.');
        String wholeA = stripLeadingZeros(pa < 0 ? a : a.substring(0, pa));
        String wholeB = stripLeadingZeros(pb < 0 ? b : b.substring(0, pb));
        if (wholeA.length() != wholeB.length()) return Integer.compare(wholeA.length(), wholeB.length());
        int c = wholeA.compareTo(wholeB);
        if (c != 0) return Integer.signum(c);
        String fractionA = stripTrailingZeros(pa < 0 ? "" : a.substring(pa + 1));
        String fractionB = stripTrailingZeros(pb < 0 ? "" : b.substring(pb + 1));
        return Integer.signum(fractionA.compareTo(fractionB)); // digit strings of a fraction compare as numbers do
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') i++;
        return digits.substring(i);
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') end--;
        return digits.substring(0, end);
    }

    /** A plain decimal as {unscaled value, digits after the point}; {@link ArithmeticException} when it overflows. */
    private static long[] unscaled(String s) {
        long value = 0;
        int fraction = -1;
        for (int i = s.startsWith("-") ? 1 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                fraction = 0;
                continue;
            }
            value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
            if (fraction >= 0) fraction++;
        }
        return new long[] {s.startsWith("-") ? -value : value, Math.max(0, fraction)};
    }

    private static long tenTo(int power) {
        long p = 1;
        for (int i = 0; i < power; i++) p = Math.multiplyExact(p, 10);
        return p;
    }
}
