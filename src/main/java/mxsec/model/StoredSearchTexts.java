package mxsec.model;

/**
 * A corpus's {@link SearchTexts} folded ahead of time and stored beside it, read only when a search first needs
 * them (only {@code search} reads the file).
 */
public interface StoredSearchTexts {
    /** The stored texts; null when they are missing, damaged or not this corpus's (then a search folds them itself). */
    SearchTexts read();
}
