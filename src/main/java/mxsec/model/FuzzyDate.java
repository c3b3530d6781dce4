package mxsec.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as a report allows: a year, a month, a day, or a range of two of those
 * ({@code 2015..2017}). Sorts by its first day, then its last; shows as written.
 */
public record FuzzyDate(String text, LocalDate first, LocalDate last) implements Comparable<FuzzyDate> {
    private static final Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses a date; throws {@link IllegalArgumentException} with a user-facing message when it is not one. */
    public static FuzzyDate parse(String text) {
        String t = text.trim();
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
        Matcher m = SINGLE.matcher(part.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + whole + "' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or A..B)");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                YearMonth ym = YearMonth.of(year, month);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            return new LocalDate[] {day, day};
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + whole + "' is not a real date: " + e.getMessage());
        }
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
