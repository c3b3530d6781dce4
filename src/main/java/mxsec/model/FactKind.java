package mxsec.model;

import java.util.Locale;

/** What a fact is. */
public enum FactKind {
    EVENT, STATISTIC, ASSESSMENT, PRESENCE, RELATIONSHIP, LEADERSHIP, POLICY, RECOMMENDATION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactKind fromKey(String key) {
        for (FactKind k : values()) {
            if (k.key().equals(key)) return k;
        }
        return null;
    }
}
