package mxsec.model;

/**
 * A corpus's texts as search reads them (analyzed by {@code mxsec.query.Analysis}): a dictionary of words, each
 * with its English and Spanish stem, and every text as a sequence of word numbers. Facts are in the order of
 * {@link Corpus#facts()}, each with its {@link #FIELDS} and the entities it references (by number: kind by kind
 * in {@link EntityKind} order, entities in registry order, as {@code spellings} are). Built by the query layer
 * ({@code mxsec.query.SearchIndex}); a build stores the built-in corpus's beside its index ({@link StoredSearchTexts}).
 *
 * @param words    the folded words, each once
 * @param stems    the stems, each once, sorted (so a query's stem is found by binary search)
 * @param english  per word, the number of its English stem in {@code stems}
 * @param spanish  per word, the number of its Spanish stem in {@code stems}
 * @param facts    per fact, per field of {@link #FIELDS}, its words
 * @param refs     per fact, the numbers of the entities it references
 * @param spellings per entity, per spelling (id, name, aliases, codes), its words
 * @param thesaurus per group of {@link Corpus#thesaurus()}, per term, its words
 */
public record SearchTexts(String[] words, String[] stems, int[] english, int[] spanish, int[][][] facts, int[][] refs,
                          int[][][] spellings, int[][][] thesaurus) {
    /** The fields of a fact's text, in the order of {@link #facts}. */
    public static final String[] FIELDS = {"summary", "notes", "measure", "topics"};
}
