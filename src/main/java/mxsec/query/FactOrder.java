package mxsec.query;

import java.util.Comparator;
import mxsec.model.Fact;

/** Orders of facts the commands share. Named classes, not lambdas or composed comparators (docs/performance.md). */
public final class FactOrder {
    private FactOrder() {}

    /** By the date a fact happened, or was stated when it has none ({@link Fact#effectiveDate}). */
    public static final Comparator<Fact> BY_DATE = new ByDate();

    /** By the report's publication, then by date. */
    public static final Comparator<Fact> BY_REPORT_THEN_DATE = new ByReportThenDate();

    private static final class ByReportThenDate implements Comparator<Fact> {
        @Override
        public int compare(Fact a, Fact b) {
            int byReport = a.report().published().compareTo(b.report().published());
            return byReport != 0 ? byReport : a.effectiveDate().compareTo(b.effectiveDate());
        }
    }

    private static final class ByDate implements Comparator<Fact> {
        @Override
        public int compare(Fact a, Fact b) {
            return a.effectiveDate().compareTo(b.effectiveDate());
        }
    }
}
