package mxsec.query;

import java.util.List;
import java.util.Set;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;

/** The built-in corpus, loaded once for the query tests, and filters on it. */
final class BuiltIn {
    static final Corpus CORPUS = CorpusLoader.load(List.of(CorpusFiles.builtIn()));

    private BuiltIn() {}

    /** Only the facts of these reports. */
    static FactFilter reports(String... ids) {
        return new FactFilter(Set.of(ids), null, null, null, Set.of(), Set.of(), java.util.Map.of());
    }
}
