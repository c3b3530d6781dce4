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

    /** A cache read started early (see {@link #prefetch}): for which directories and cache file, and its result. */
    private record Prefetch(List<String> names, Path file, java.util.concurrent.Future<Corpus> corpus) {}

    private static Prefetch prefetched;
    private static volatile boolean prefetching;
    /** In the mxsec process itself (see {@link #prefetch}) the index is written while the command answers. */
    private static boolean writeBehind;

    /**
     * Starts reading a user corpus from the cache on another thread, while the command line is parsed: from the
     * {@code --corpus DIR} (or {@code --corpus=DIR}) arguments and $MXSEC_CORPUS, read as the options will read
     * them. Only a guess: {@link #load} uses the result only for exactly the directories and cache file it is
     * asked for, and otherwise reads as if nothing had been started. With {@code allFacts}, the same thread then
     * decodes every fact (most commands read them all).
     */
    public static synchronized void prefetch(String[] args, boolean allFacts) {
        writeBehind = true;
        List<String> dirs = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--corpus") && i + 1 < args.length) dirs.add(args[++i]);
            else if (args[i].startsWith("--corpus=")) dirs.add(args[i].substring("--corpus=".length()));
        }
        Map<String, String> env = System.getenv();
        String more = env.get("MXSEC_CORPUS");
        if (more != null && !more.isEmpty()) {
            for (String part : more.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) dirs.add(part);
            }
        }
        if (dirs.isEmpty()) return;
        Path dir = directory(env);
        if (dir == null) return;
        List<String> names = new java.util.ArrayList<>();
        for (String d : dirs) names.add(Path.of(d).toString());
        java.util.concurrent.FutureTask<Corpus> task = new java.util.concurrent.FutureTask<>(() -> {
            List<CorpusFiles> roots = new java.util.ArrayList<>();
            for (String d : dirs) roots.add(CorpusFiles.directory(Path.of(d)));
            mxsec.Trace.mark("prefetch: corpus listed");
            String key = key(roots);
            mxsec.Trace.mark("prefetch: cache key");
            Path file = key == null ? null : dir.resolve(key + ".idx");
            if (file == null || !Files.isRegularFile(file)) {
                BuiltInCorpus.load(); // a miss: the YAML will be read on top of the built-in corpus
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            mxsec.Trace.mark("prefetch: cache read");
            Corpus corpus = CorpusIndex.read(bytes);
            mxsec.Trace.mark("user corpus prefetched from the cache");
            return corpus;
        });
        prefetched = new Prefetch(names, dir, task);
        prefetching = true;
        Thread t = new Thread(() -> {
            task.run();
            if (!allFacts) return;
            try {
                Corpus corpus = task.get();
                if (corpus != null) corpus.facts();
            } catch (InterruptedException | java.util.concurrent.ExecutionException | RuntimeException e) {
                // only a head start: the command decodes (and reports) for itself
            }
        }, "mxsec-prefetch");
        t.setDaemon(true);
        t.start();
    }

    /** Whether a user corpus is being read from the cache, which holds the built-in corpus too. */
    public static boolean prefetching() {
        return prefetching;
    }

    /** The prefetched corpus when it was started for exactly these roots and cache directory; else null. */
    private static synchronized Corpus takePrefetched(List<CorpusFiles> roots, Path dir) {
        Prefetch p = prefetched;
        prefetched = null;
        if (p == null || dir == null || !p.file().equals(dir)) return null;
        if (!p.names().equals(roots.stream().map(CorpusFiles::name).toList())) return null;
        try {
            return p.corpus().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return null; // not readable or not there: read below as usual
        }
    }

    public static Corpus load(Corpus base, List<CorpusFiles> roots, Map<String, String> env) {
        return load(() -> base, roots, env);
    }

    /** As above; {@code base} is asked for only when the cache cannot answer (a hit holds the whole corpus). */
    public static Corpus load(java.util.function.Supplier<Corpus> base, List<CorpusFiles> roots, Map<String, String> env) {
        Path dir = directory(env);
        Corpus early = takePrefetched(roots, dir);
        if (early != null) return early;
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
        Corpus corpus = CorpusLoader.load(base.get(), roots);
        mxsec.Trace.mark("user corpus loaded");
        if (file != null && writeBehind) storeInBackground(corpus, file);
        else if (file != null) store(corpus, file);
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
        try {
            // The files first: their stamps need no built-in corpus, which may still be decoding.
            StringBuilder files = new StringBuilder();
            for (CorpusFiles root : roots) {
                files.append(root.name()).append('\n');
                for (CorpusFiles.CorpusFile f : root.files()) {
                    files.append(f.displayName()).append('\n').append(f.stamp()).append('\n');
                }
            }
            String base = BuiltInCorpus.fingerprint();
            if (base == null) return null;
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("mxsec-index-" + CorpusIndex.FORMAT + "\n" + base + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(files.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /**
     * Writes the index on another thread while the command answers on this one; the process waits for it
     * before it exits (a shutdown hook joins it), and the entry appears whole or not at all (atomic move).
     */
    private static void storeInBackground(Corpus corpus, Path file) {
        Thread writer = new Thread(() -> {
            store(corpus, file);
            mxsec.Trace.mark("user corpus cached");
        }, "mxsec-cache-writer");
        writer.setDaemon(true);
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "mxsec-cache-wait"));
        } catch (IllegalStateException e) {
            store(corpus, file); // already shutting down: write it here
            return;
        }
        writer.start();
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
