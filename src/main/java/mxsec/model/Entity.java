package mxsec.model;

import java.util.List;
import java.util.Map;

/**
 * One entry of a registry: a state, group, person, institution, policy, place or administration.
 * {@code attributes} holds the kind-specific fields (type, iso, region, origin, state, country,
 * president, party, start, end) in document order.
 */
public record Entity(EntityKind kind, String id, String name, List<String> aliases, String description,
                     Map<String, String> attributes, Location location) {
    public String attribute(String key) {
        return attributes.get(key);
    }

    /** Its name and every alias: what a user may type, or a report may print. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
