package mxsec.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;

/** Corpora already loaded in this process, by the user directories on top of the built-in one. */
public final class LoadedCorpora {
    private final Map<List<Path>, Corpus> loaded = new HashMap<>();

    private final Map<String, String> env;

    public LoadedCorpora() {
        this(System.getenv());
    }

    /** {@code env} says where the on-disk cache of user corpora is (XDG_CACHE_HOME, HOME). */
    public LoadedCorpora(Map<String, String> env) {
        this.env = env;
    }

    /**
     * Serves {@code corpus} for {@code userDirectories} without loading them: for tests that give the output text
     * validation would refuse, to prove the escaping on its own.
     */
    void put(List<Path> userDirectories, Corpus corpus) {
        loaded.put(List.copyOf(userDirectories), corpus);
    }

    /** Loaded on first use; a warning about a directory's files goes to {@code err} then. */
    Corpus get(List<Path> userDirectories, java.io.PrintWriter err) {
        List<Path> key = List.copyOf(userDirectories);
        Corpus corpus = loaded.get(key);
        if (corpus == null) {
            corpus = CorpusOptions.load(key, env, err);
            loaded.put(key, corpus);
        }
        return corpus;
    }
}
