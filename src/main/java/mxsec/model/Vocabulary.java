package mxsec.model;

import java.util.Map;
import java.util.Set;

/** The controlled vocabularies: name (topics, group-types, ...) to term to its meaning, in document order. */
public record Vocabulary(Map<String, Map<String, String>> lists) {
    public static final Set<String> REQUIRED = Set.of("topics", "group-types", "institution-types", "policy-types",
            "place-types", "presence-statuses", "relationship-types", "leadership-statuses", "policy-actions",
            "report-kinds");

    public Map<String, String> terms(String list) {
        return lists.getOrDefault(list, Map.of());
    }

    public boolean has(String list, String term) {
        return terms(list).containsKey(term);
    }
}
