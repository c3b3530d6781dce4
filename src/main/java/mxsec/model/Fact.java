package mxsec.model;

import java.util.List;
import java.util.Map;

/**
 * One cited statement of one report. Kind-specific fields are null where they do not apply.
 * {@code refs} holds every entity the fact is about, including those named in kind-specific fields
 * ({@code group}, {@code other}, {@code state}, {@code place}, {@code person}, {@code institution}, {@code policy}).
 * {@code notes} are about the report's text (slips, how a date was read); {@code editorNote} holds what the corpus's
 * editors know from elsewhere, never data, shown as an editor's note that is not from the reports.
 */
public record Fact(
        Report report, String id, FactKind kind, FuzzyDate date, boolean approx, boolean inferred, String summary,
        Map<EntityKind, List<String>> refs, List<String> topics, Source source, String notes, String editorNote, List<Link> links,
        String original,
        Statistic statistic, Presence presence, Relationship relationship, Leadership leadership,
        PolicyAction policyAction, Recommendation recommendation,
        Location location) {

    /**
     * A figure as its report bounds it: {@code value} for an exact or approximate number, {@code low} and/or
     * {@code high} for floors, ceilings and ranges (see {@link Bound}: which are set follows from it), and
     * {@code asWritten}, the figure with its bound words as the text prints them.
     */
    public record Statistic(Decimal value, Decimal low, Decimal high, Bound bound, String unit, String measure,
                            String scope, String asWritten) {
        /** The number a chart draws to and a listing sorts by: the value, else the floor, else the ceiling. */
        public Decimal anchor() {
            return value != null ? value : low != null ? low : high;
        }

        /**
         * Whether this figure and {@code o} can both be true of one point: the spans their bounds allow overlap.
         * An approximate number allows 10% either side; floors are open above, ceilings below.
         */
        public boolean compatibleWith(Statistic o) {
            return !(below(o) || o.below(this));
        }

        /** Whether everything this figure allows lies below everything {@code o} allows. */
        private boolean below(Statistic o) {
            java.math.BigDecimal top = top(), bottom = o.bottom();
            if (top == null || bottom == null) return false;
            int c = top.compareTo(bottom);
            return c < 0 || c == 0 && (bound == Bound.LESS_THAN || o.bound == Bound.MORE_THAN);
        }

        private static final java.math.BigDecimal SLACK = new java.math.BigDecimal("0.1");

        /** The largest number this figure allows, or null when it has no ceiling. */
        private java.math.BigDecimal top() {
            if (bound == Bound.ABOUT) return value.toBigDecimal().add(value.toBigDecimal().abs().multiply(SLACK));
            if (value != null) return value.toBigDecimal();
            return high == null ? null : high.toBigDecimal();
        }

        /** The smallest number this figure allows, or null when it has no floor. */
        private java.math.BigDecimal bottom() {
            if (bound == Bound.ABOUT) return value.toBigDecimal().subtract(value.toBigDecimal().abs().multiply(SLACK));
            if (value != null) return value.toBigDecimal();
            return low == null ? null : low.toBigDecimal();
        }
    }

    /**
     * A link this fact's entry writes to a fact of another report (its global id): {@code contradicts},
     * {@code updates} (this fact describes a later state than the other) or {@code agrees}.
     */
    public record Link(LinkType type, String target) {}

    public record Presence(String group, String state, String place, String status) {}

    public record Relationship(String group, String type, String other) {}

    public record Leadership(String person, String group, String institution, String role, String status) {}

    public record PolicyAction(String policy, String action) {}

    public record Recommendation(List<String> actors, String area) {}

    /** The id that is unique across the corpus: {@code report-id/fact-id}. */
    public String globalId() {
        return report.id() + "/" + id;
    }

    /** The date the fact is about, or the report's date when it has none of its own. */
    public FuzzyDate effectiveDate() {
        return date != null ? date : report.published();
    }

    public List<String> refs(EntityKind kind) {
        return refs.getOrDefault(kind, List.of());
    }

    public boolean mentions(Entity entity) {
        return refs(entity.kind()).contains(entity.id());
    }

    /** A fact is identified by its global id (unique in a corpus); comparing every field would cost far more. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Fact f && f.id.equals(id) && f.report.id().equals(report.id());
    }

    @Override
    public int hashCode() {
        return 31 * report.id().hashCode() + id.hashCode();
    }
}
