package mxsec.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as precise as a report allows: a year, a month, a day, or a range of two of those
 * ({@code 2015..2017}). Sorts by its first day, then its last; shows as written.
 */
public record FuzzyDate(String text, LocalDate first, LocalDate last) implements Comparable<FuzzyDate> {
    /** Parses a date; throws {@link IllegalArgumentException} with a user-facing message when it is not one. */
    public static FuzzyDate parse(String text) {
        // Strict: "2020 .. 2021" or " 2020" would show as written, unlike every other date.
        String t = text;
        int dots = t.indexOf("..");
        if (dots >= 0) {
            LocalDate[] from = single(t.substring(0, dots), t);
            LocalDate[] to = single(t.substring(dots + 2), t);
            if (to[1].isBefore(from[0])) {
                throw new IllegalArgumentException("date range '" + t + "' ends before it starts");
            }
            return new FuzzyDate(t, from[0], to[1]);
        }
        LocalDate[] one = single(t, t);
        return new FuzzyDate(t, one[0], one[1]);
    }

    private static LocalDate[] single(String part, String whole) {
        // YYYY, YYYY-MM or YYYY-MM-DD, read by hand: a regex costs start-up time on every run (dates are decoded early).
        String p = part;
        int n = p.length();
        if (!(n == 4 || n == 7 && p.charAt(4) == '-' || n == 10 && p.charAt(4) == '-' && p.charAt(7) == '-')
                || !digits(p, 0, 4) || n >= 7 && !digits(p, 5, 7) || n == 10 && !digits(p, 8, 10)) {
            String shown = whole.length() > 40 ? whole.substring(0, 40) + "…" : whole;
            throw new IllegalArgumentException("'" + shown + "' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or A..B, without spaces)");
        }
        int year = Integer.parseInt(p, 0, 4, 10);
        try {
            if (n == 4) {
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            int month = Integer.parseInt(p, 5, 7, 10);
            if (n == 7) {
                YearMonth ym = YearMonth.of(year, month);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(p, 8, 10, 10));
            return new LocalDate[] {day, day};
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + whole + "' is not a real date: " + e.getMessage());
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    /** The calendar years this date touches. */
    public int firstYear() {
        return first.getYear();
    }

    public int lastYear() {
        return last.getYear();
    }

    /** True when some part of this date falls on or after {@code other}'s start. */
    public boolean endsOnOrAfter(LocalDate day) {
        return !last.isBefore(day);
    }

    public boolean startsOnOrBefore(LocalDate day) {
        return !first.isAfter(day);
    }

    @Override
    public int compareTo(FuzzyDate o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }

    @Override
    public String toString() {
        return text;
    }
}
