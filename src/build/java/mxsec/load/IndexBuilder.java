package mxsec.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mxsec.model.Corpus;
import mxsec.query.SearchIndex;

/**
 * Build step: validates the built-in corpus (from the YAML on the class path) and writes its binary index and,
 * beside it, its texts analyzed for search. Run by Maven at process-classes:
 * {@code IndexBuilder target/classes/mxsec-corpus.idx}. An invalid corpus fails the build with every problem listed.
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
        ByteArrayOutputStream index = new ByteArrayOutputStream(1 << 20);
        CorpusIndex.write(corpus, new DataOutputStream(index));
        ByteArrayOutputStream texts = new ByteArrayOutputStream(1 << 20);
        CorpusIndex.writeSearchTexts(SearchIndex.analyze(corpus), CorpusIndex.checksum(index.toByteArray()), new DataOutputStream(texts));
        Files.createDirectories(target.toAbsolutePath().getParent());
        write(target.resolveSibling(BuiltInCorpus.SEARCH_TEXTS), texts.toByteArray());
        write(target, index.toByteArray());
    }

    /** Written under a temporary name, then moved: a half-written file is never on the class path. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
