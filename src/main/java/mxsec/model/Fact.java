package mxsec.model;

import java.util.List;
import java.util.Map;

/**
 * One cited statement of one report. Kind-specific fields are null where they do not apply.
 * {@code refs} holds every entity the fact is about, including those named in kind-specific fields
 * ({@code group}, {@code other}, {@code state}, {@code place}, {@code person}, {@code institution}, {@code policy}).
 */
public record Fact(
        Report report, String id, FactKind kind, FuzzyDate date, boolean approx, boolean inferred, String summary,
        Map<EntityKind, List<String>> refs, List<String> topics, Source source, String notes, List<String> conflicts,
        String original,
        Statistic statistic, Presence presence, Relationship relationship, Leadership leadership,
        PolicyAction policyAction, Recommendation recommendation,
        Location location) {

    /** A figure: its value (and upper bound, for a range) as written in the corpus; see {@link Decimal}. */
    public record Statistic(Decimal value, Decimal upper, String unit, String measure, String scope, boolean estimate,
                            String asWritten) {}

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
