package mxsec.model;

import java.util.Locale;

/** What a fact is. */
public enum FactKind {
    EVENT, STATISTIC, ASSESSMENT, PRESENCE, RELATIONSHIP, LEADERSHIP, POLICY, RECOMMENDATION;

    private static final FactKind[] ALL = values();

    /** Its name in lower case, computed once (it is asked for every fact). */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    public static FactKind fromKey(String key) {
        for (FactKind k : ALL) {
            if (k.key.equals(key)) return k;
        }
        return null;
    }
}
