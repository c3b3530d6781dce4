package mxsec.load;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mxsec.model.Corpus;

/**
 * Build step: validates the built-in corpus (from the YAML on the class path) and writes its binary index.
 * Run by Maven at process-classes: {@code IndexBuilder target/classes/mxsec-corpus.idx}. An invalid corpus
 * fails the build with every problem listed.
 */
public final class IndexBuilder {
    private IndexBuilder() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Corpus corpus;
        try {
            corpus = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        } catch (CorpusException e) {
            e.problems().forEach(p -> System.err.println("mxsec: " + p));
            throw new IllegalStateException("the built-in corpus has " + e.problems().size() + " problem(s); no index written");
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            CorpusIndex.write(corpus, out);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
