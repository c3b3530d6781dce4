package mxsec.render;

import mxsec.model.Bound;
import mxsec.model.Decimal;
import mxsec.model.Fact;

/**
 * A figure said as its report bounds it: in words for reading ("up to 245 groups", "more than 2,200,000,000 USD",
 * "hundreds of thousands (≥ 200,000 people)"), or with a sign where space is short ("≤ 245"), numbers with
 * thousands separators. The signs are {@link Mark}s, so a legend explains those a run printed.
 */
public final class Figures {
    private Figures() {}

    /** The figure with its unit, in words. */
    public static String say(Fact.Statistic s, Style style) {
        String dash = style.pick("\u2013", "-");
        return switch (s.bound()) {
            case EXACT, ABOUT -> s.bound().words() + withUnit(grouped(s.value()), s.unit());
            case RANGE -> withUnit(grouped(s.low()) + dash + grouped(s.high()), s.unit());
            case VAGUE -> Style.safe(s.asWritten()) + " (" + style.pick("\u2265", ">=") + " " + withUnit(grouped(s.low()), s.unit()) + ")";
            default -> s.bound().words() + withUnit(grouped(s.anchor()), s.unit());
        };
    }

    /** The figure without its unit, a sign for its bound ("≤ 245", "> 300", "≈ 80", "150–200"), the sign noted in {@code legend}. */
    public static String sign(Fact.Statistic s, Style style, Legend legend) {
        if (s.bound() == Bound.RANGE) return grouped(s.low()) + style.pick("\u2013", "-") + grouped(s.high());
        Mark mark = mark(s.bound());
        String number = grouped(s.anchor());
        return mark == null ? number : legend.mark(mark, style) + " " + number;
    }

    /** The mark of a bound's sign; null for exact figures and ranges. */
    static Mark mark(Bound b) {
        return switch (b) {
            case ABOUT -> Mark.ABOUT;
            case AT_LEAST, VAGUE -> Mark.AT_LEAST;
            case MORE_THAN -> Mark.MORE_THAN;
            case AT_MOST -> Mark.AT_MOST;
            case LESS_THAN -> Mark.LESS_THAN;
            default -> null;
        };
    }

    /** {@code 2,200,000,000}; {@code 6,000}; {@code 22.5}; {@code -1,200.75}. */
    public static String grouped(Decimal d) {
        String plain = d.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        if (end - start <= 3) return plain;
        StringBuilder s = new StringBuilder(plain.length() + 8).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) s.append(',');
            s.append(plain.charAt(i));
        }
        return s.append(plain, end, plain.length()).toString();
    }

    /** {@code 80%}, {@code 22.5 per 100,000}, {@code 245 groups}. */
    static String withUnit(String number, String unit) {
        if (unit == null || unit.isEmpty()) return number;
        return switch (unit) {
            case "percent" -> number + "%";
            case "per-100k" -> number + " per 100,000";
            default -> number + " " + Style.safe(unit);
        };
    }
}
