package mxsec.load;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mxsec.model.Corpus;

/**
 * User corpora (--corpus DIR) are parsed and validated once, then kept as an index in the cache directory
 * ($XDG_CACHE_HOME/mxsec, else ~/.cache/mxsec), keyed by the built-in index and every corpus file's path,
 * size and modification time (as build tools do, so a hit reads no corpus file): a changed, added or removed
 * file means a new key, so a stale entry is never read. When the cache cannot be read or written, mxsec
 * works the same, only slower.
 */
public final class UserCorpusCache {
    private static final int KEEP = 16;

    private UserCorpusCache() {}

    public static Corpus load(Corpus base, List<CorpusFiles> roots, Map<String, String> env) {
        Path dir = directory(env);
        String key = key(roots);
        mxsec.Trace.mark("user corpus key");
        Path file = dir == null || key == null ? null : dir.resolve(key + ".idx");
        if (file != null && Files.isRegularFile(file)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                mxsec.Trace.mark("user corpus cache read");
                Corpus cached = CorpusIndex.read(bytes);
                mxsec.Trace.mark("user corpus cache decoded");
                return cached;
            } catch (IOException | RuntimeException e) {
                // unreadable or from another version: rebuild below
            }
        }
        Corpus corpus = CorpusLoader.load(base, roots);
        mxsec.Trace.mark("user corpus loaded");
        if (file != null) store(corpus, file);
        mxsec.Trace.mark("user corpus cached");
        return corpus;
    }

    static Path directory(Map<String, String> env) {
        String cache = env.get("XDG_CACHE_HOME");
        if (cache != null && !cache.isBlank()) return Path.of(cache, "mxsec");
        String home = env.get("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "mxsec");
    }

    /** SHA-256 of the index format, the built-in corpus, and every file's path, size and mtime; null if unreadable. */
    private static String key(List<CorpusFiles> roots) {
        String base = BuiltInCorpus.fingerprint();
        if (base == null) return null;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("mxsec-index-" + CorpusIndex.FORMAT + "\n" + base + "\n").getBytes(StandardCharsets.UTF_8));
            for (CorpusFiles root : roots) {
                sha.update((root.name() + "\n").getBytes(StandardCharsets.UTF_8));
                for (CorpusFiles.CorpusFile f : root.files()) {
                    sha.update((f.displayName() + "\n" + f.stamp() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static void store(Corpus corpus, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "index", ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                CorpusIndex.write(corpus, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune(file.getParent());
        } catch (IOException | RuntimeException e) {
            // A read-only or full cache only costs time next run.
        }
    }

    /** Keeps the most recent entries only. */
    private static void prune(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> indexes = files.filter(p -> p.toString().endsWith(".idx"))
                    .sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
            for (Path old : indexes.subList(Math.min(KEEP, indexes.size()), indexes.size())) Files.deleteIfExists(old);
        }
    }
}
