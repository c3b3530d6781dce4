package mxsec.query;

import java.util.Comparator;
import mxsec.model.Fact;

/** Orders of facts the commands share. Named classes, not lambdas or composed comparators (docs/performance.md). */
public final class FactOrder {
    private FactOrder() {}

    /** By the date a fact happened, or was stated when it has none ({@link Fact#effectiveDate}). */
    public static final Comparator<Fact> BY_DATE = new ByDate();

    private static final class ByDate implements Comparator<Fact> {
        @Override
        public int compare(Fact a, Fact b) {
            return a.effectiveDate().compareTo(b.effectiveDate());
        }
    }
}
