package mxsec.model;

import java.util.List;

/**
 * The keys a corpus's entities are found by by name ({@link Entity#spellings()}, folded: see
 * {@code mxsec.text.Fold#keys}), computed ahead of time and stored with the corpus, as a corpus index does.
 * Folding them at run time cost a cold start 8 ms of the 12-15 the name index took.
 */
public interface StoredNameKeys {
    /** The keys of each entity of {@code kind}, in registry order; null when none are stored for that kind. */
    List<List<String>> of(EntityKind kind);
}
