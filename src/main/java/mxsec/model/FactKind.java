package mxsec.model;

import java.util.Locale;

/**
 * What a fact is, with the fields a fact of the kind has besides the common ones: their names in the corpus's YAML
 * (which the loader accepts for the kind only) and the name of the part that holds them in a fact's JSON and in
 * {@code show}. A new kind is a constant here, a record in {@link Fact}, and its reading, storing and showing:
 * {@code FactKindsTest} fails until every one knows it (docs/CONTRIBUTING.md).
 */
public enum FactKind {
    EVENT(null),
    STATISTIC("statistic", "value", "low", "high", "bound", "unit", "measure", "scope", "as_written"),
    ASSESSMENT(null),
    PRESENCE("presence", "group", "state", "place", "status"),
    RELATIONSHIP("relationship", "group", "type", "other"),
    LEADERSHIP("leadership", "person", "group", "institution", "role", "status"),
    POLICY("policy", "policy", "action"),
    RECOMMENDATION("recommendation", "actors", "area");

    private static final FactKind[] ALL = values();

    /** Its name in lower case, computed once (it is asked for every fact). */
    private final String key = name().toLowerCase(Locale.ROOT);

    private final String part;
    private final String[] fields;

    FactKind(String part, String... fields) {
        this.part = part;
        this.fields = fields;
    }

    public String key() {
        return key;
    }

    /** The name of the kind-specific part of a fact's JSON object; null for a kind with no fields of its own. */
    public String part() {
        return part;
    }

    /** The kind-specific fields in the corpus's YAML, in the order the README documents them. */
    public java.util.List<String> fields() {
        return java.util.List.of(fields);
    }

    public static FactKind fromKey(String key) {
        for (FactKind k : ALL) {
            if (k.key.equals(key)) return k;
        }
        return null;
    }
}
