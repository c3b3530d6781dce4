package mxsec.model;

/** Hand-made figures for tests: a statistic of a bound, given the numbers that bound takes (value, low, high). */
public final class Statistics {
    private Statistics() {}

    /** {@code of(Bound.RANGE, "6000", "8000")}: a range of groups from 6,000 to 8,000. */
    public static Fact.Statistic of(Bound bound, String... numbers) {
        Decimal value = null, low = null, high = null;
        int i = 0;
        if (bound.takesValue()) value = Decimal.parse(numbers[i++]);
        if (bound.takesLow()) low = Decimal.parse(numbers[i++]);
        if (bound.takesHigh()) high = Decimal.parse(numbers[i++]);
        if (i != numbers.length) throw new IllegalArgumentException(bound.key() + " takes " + i + " numbers, not " + numbers.length);
        return new Fact.Statistic(value, low, high, bound, "groups", "criminal-groups", "Mexico", "x");
    }
}
