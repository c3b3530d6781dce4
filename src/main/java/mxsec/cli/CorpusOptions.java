package mxsec.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mxsec.load.CorpusFiles;
import mxsec.load.BuiltInCorpus;
import mxsec.load.UserCorpusCache;
import mxsec.model.Corpus;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --corpus DIR}: the user's own reports on top of the built-in ones (also MXSEC_CORPUS, ':'-separated). */
public class CorpusOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Also load the corpus in DIR (repeatable; also $MXSEC_CORPUS, ':'-separated).")
    List<Path> directories = new ArrayList<>();

    private Corpus corpus;

    /** The user's directories: --corpus first, then MXSEC_CORPUS. */
    public List<Path> userDirectories() {
        List<Path> dirs = new ArrayList<>(directories);
        String env = MxsecCommand.context(mixee).env("MXSEC_CORPUS");
        if (env != null) {
            for (String part : env.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) dirs.add(Path.of(part));
            }
        }
        return dirs;
    }

    /** The built-in corpus plus the user's, loaded and validated once per run. */
    public Corpus corpus() {
        if (corpus == null) corpus = MxsecCommand.context(mixee).corpora().get(userDirectories(), MxsecCommand.context(mixee).err());
        return corpus;
    }

    /** As below, with the process's environment and stderr. */
    static Corpus load(List<Path> userDirectories) {
        if (userDirectories.isEmpty()) return BuiltInCorpus.load();
        return load(userDirectories, System.getenv(), new java.io.PrintWriter(System.err, true));
    }

    /**
     * The built-in corpus (from its index), with the user's directories on top (from the cache once valid); what
     * a directory holds that is left out on purpose is said on {@code err}.
     */
    static Corpus load(List<Path> userDirectories, java.util.Map<String, String> env, java.io.PrintWriter err) {
        if (userDirectories.isEmpty()) return BuiltInCorpus.load();
        List<CorpusFiles> roots = new ArrayList<>();
        for (Path dir : userDirectories) {
            try {
                // Messages name the built-in corpus's files corpus/...: a user directory of that name must not pass for it.
                roots.add(CorpusFiles.directory(dir.toString().equals(mxsec.model.Location.BUILT_IN) ? Path.of(".", dir.toString()) : dir));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--corpus " + e.getMessage());
            }
        }
        for (CorpusFiles root : roots) {
            for (String warning : root.warnings()) err.println("mxsec: warning: " + warning);
        }
        return UserCorpusCache.load(BuiltInCorpus::load, roots, env); // from the cache, the built-in corpus is not needed
    }
}
