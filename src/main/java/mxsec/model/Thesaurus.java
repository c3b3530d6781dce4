package mxsec.model;

import java.util.List;

/**
 * Groups of equivalent terms of the field ({@code corpus/thesaurus.yaml}): a search for one term of a group
 * also finds the facts that use another (murder, homicide, killing). Built-in groups come first, then a user
 * corpus's own; a user corpus adds groups and never changes the built-in ones.
 */
public record Thesaurus(List<Group> groups) {
    public static final Thesaurus EMPTY = new Thesaurus(List.of());

    public Thesaurus {
        groups = List.copyOf(groups);
    }

    /** One group: its key (a slug, unique in the thesaurus) and its terms as written (a term may be several words). */
    public record Group(String key, List<String> terms) {
        public Group {
            terms = List.copyOf(terms);
        }
    }
}
