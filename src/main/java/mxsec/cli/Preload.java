package mxsec.cli;

import mxsec.load.BuiltInCorpus;
import mxsec.load.UserCorpusCache;
import mxsec.model.Corpus;
import mxsec.query.NameResolver;

/**
 * Loads the built-in corpus on a background thread, so the index is read on the second core while picocli builds
 * its command model on the first; {@link BuiltInCorpus#load()} then waits for it (it is synchronized). With
 * {@code allFacts}, decodes every fact too (most commands read them all); with {@code names}, builds the index of
 * every entity's names (see {@link NameResolver}); with {@code search}, reads the search index (see
 * {@link mxsec.query.SearchIndex}). A class, not a lambda (docs/performance.md).
 */
final class Preload implements Runnable {
    private final boolean allFacts;
    private final boolean names;
    private final boolean search;

    private Preload(boolean allFacts, boolean names, boolean search) {
        this.allFacts = allFacts;
        this.names = names;
        this.search = search;
    }

    static void start(boolean allFacts, boolean names, boolean search) {
        Thread t = new Thread(new Preload(allFacts, names, search), "mxsec-preload");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        // A user corpus read from the cache holds the built-in one: decode it only when asked for.
        if (UserCorpusCache.prefetching()) return;
        Corpus corpus = BuiltInCorpus.load();
        if (allFacts) corpus.facts(); // decoded here, on the other core, before the command asks
        if (names) NameResolver.of(corpus).indexAllKinds();
        if (search) {
            mxsec.query.SearchIndex.of(corpus);
            mxsec.query.Analysis.words("warm"); // Lucene's analysis classes initialized here, not on the main thread
        }
    }
}
