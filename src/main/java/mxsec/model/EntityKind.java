package mxsec.model;

import java.util.Locale;

/** The registries of the corpus. The key is the YAML key of the list and the fact field that refers to it. */
public enum EntityKind {
    STATE("states", "state"),
    GROUP("groups", "group"),
    PERSON("people", "person"),
    INSTITUTION("institutions", "institution"),
    POLICY("policies", "policy"),
    PLACE("places", "place"),
    ADMINISTRATION("administrations", "administration");

    private final String plural;
    private final String singular;

    EntityKind(String plural, String singular) {
        this.plural = plural;
        this.singular = singular;
    }

    /** The YAML key of the registry and of a fact's reference list: {@code groups}. */
    public String plural() {
        return plural;
    }

    /** One of them, for messages and for kind-specific fact fields: {@code group}. */
    public String singular() {
        return singular;
    }

    public static EntityKind fromPlural(String key) {
        for (EntityKind k : values()) {
            if (k.plural.equals(key)) return k;
        }
        return null;
    }

    public static EntityKind fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (EntityKind k : values()) {
            if (k.plural.equals(n) || k.singular.equals(n)) return k;
        }
        return null;
    }
}
