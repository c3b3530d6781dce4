package mxsec.model;

/**
 * How a report bounds a figure (after UCDP's low, best and high estimates): which of a statistic's numbers it
 * gives, and the words and sign that say so. Each bound has exactly one way to be written in the corpus:
 * {@code value} for {@link #EXACT} and {@link #ABOUT}, {@code low} for the floors ({@link #AT_LEAST},
 * {@link #MORE_THAN}, {@link #VAGUE}), {@code high} for the ceilings ({@link #AT_MOST}, {@link #LESS_THAN}),
 * {@code low} and {@code high} for a {@link #RANGE}.
 */
public enum Bound {
    /** "80,000": the number itself. */
    EXACT("exact", "", "", true, false, false),
    /** "about", "approximately", "some", "roughly", "nearly", "almost", "perhaps". */
    ABOUT("about", "about ", "\u2248", true, false, false),
    /** "at least", "no less than", "no fewer than": the number or more. */
    AT_LEAST("at-least", "at least ", "\u2265", false, true, false),
    /** "more than", "over", "above", "in excess of": more than the number. */
    MORE_THAN("more-than", "more than ", ">", false, true, false),
    /** "up to", "as many as", "as much as", "as high as", "at most", "at best": the number or fewer. */
    AT_MOST("at-most", "up to ", "\u2264", false, false, true),
    /** "fewer than", "less than", "under", "below": fewer than the number. */
    LESS_THAN("less-than", "fewer than ", "<", false, false, true),
    /** "between 150 and 200", "three to five", "6,000-8,000". */
    RANGE("range", "", "", false, true, true),
    /** "hundreds of thousands", "tens of": the words only, with the floor they imply (hundreds: at least 200). */
    VAGUE("vague", "", "\u2265", false, true, false);

    private final String key;
    private final String words;
    private final String sign;
    private final boolean value;
    private final boolean low;
    private final boolean high;

    Bound(String key, String words, String sign, boolean value, boolean low, boolean high) {
        this.key = key;
        this.words = words;
        this.sign = sign;
        this.value = value;
        this.low = low;
        this.high = high;
    }

    /** The corpus's and JSON's name: {@code at-least}. */
    public String key() {
        return key;
    }

    /** The words put before the number for people: "up to ", "" for exact, ranges and vague figures. */
    public String words() {
        return words;
    }

    /** The sign put before the number where space is short (chart labels): "≤", "" for exact and ranges. */
    public String sign() {
        return sign;
    }

    /** Whether a figure of this bound is written with {@code value} (else without). */
    public boolean takesValue() {
        return value;
    }

    /** Whether it is written with {@code low}. */
    public boolean takesLow() {
        return low;
    }

    /** Whether it is written with {@code high}. */
    public boolean takesHigh() {
        return high;
    }

    /** The bound named {@code key}, or null. */
    public static Bound of(String key) {
        for (Bound b : values()) if (b.key.equals(key)) return b;
        return null;
    }

    /** "exact, about, at-least, ...", for messages. */
    public static String keys() {
        StringBuilder s = new StringBuilder();
        for (Bound b : values()) s.append(s.length() == 0 ? "" : ", ").append(b.key);
        return s.toString();
    }
}
