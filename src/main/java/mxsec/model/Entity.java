package mxsec.model;

import java.util.List;
import java.util.Map;

/**
 * One entry of a registry: a state, group, person, institution, policy, place or administration.
 * {@code attributes} holds the kind-specific fields (type, iso, region, origin, state, country,
 * president, party, start, end) in document order. {@code misprints} holds, per report id, how that report
 * misprints the name (OCR damage, slips: "CING", "Lépez Obrador"; the corpus's {@code spellings}): found like
 * aliases, never shown as names.
 */
public record Entity(EntityKind kind, String id, String name, List<String> aliases, Map<String, List<String>> misprints,
                     Map<String, String> attributes, Location location) {
    /** One entity per kind and id in a corpus: equal by those (hashing every field cost start-up time). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Entity e && kind == e.kind && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + id.hashCode();
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    /** Its name, every alias and every report's misprint of it: what a user may type, or a report may print. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        for (List<String> printed : misprints.values()) names.addAll(printed);
        return names;
    }

    /** Everything a user may type for this entity: its id (also with spaces for hyphens), names, ISO code. */
    public List<String> spellings() {
        List<String> out = new java.util.ArrayList<>();
        out.add(id);
        out.add(id.replace('-', ' '));
        out.addAll(names());
        String iso = attribute("iso");
        if (iso != null) {
            out.add(iso);
            out.add(iso.substring(iso.indexOf('-') + 1));
        }
        return out;
    }
}
