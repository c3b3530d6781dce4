package mxsec.model;

import java.util.List;

/**
 * A corpus's texts folded for search: each fact's, in the order of {@link Corpus#facts()}, and each entity's
 * spellings, kind by kind in {@link EntityKind} order, entities in registry order. The query layer folds them
 * ({@code mxsec.query.FoldedTexts}); a build stores them beside the corpus index ({@link StoredSearchTexts}).
 */
public record SearchTexts(List<Text> facts, List<List<String>> spellings) {
    /** Folded word forms (see {@code mxsec.text.Fold#words}) of a fact's summary, and of the rest of its text. */
    public record Text(String summary, String other) {}
}
