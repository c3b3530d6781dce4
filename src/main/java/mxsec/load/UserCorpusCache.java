package mxsec.load;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 * ($XDG_CACHE_HOME/mxsec, else ~/.cache/mxsec), keyed by the index format, mxsec's build, the built-in index and every corpus
 * file's path, size, modification time, file key and CRC-32C of its content: a changed, added or removed file
 * means a new key, so a stale entry is never read (a hit reads each corpus file once for the CRC, but parses
 * none). Each entry carries its key and a checksum over all of it, checked on read. When the cache cannot be
 * read or written, mxsec works the same, only slower.
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
        // An empty name is a usage error (it would be the working directory): nothing to read ahead.
        if (dirs.contains("")) return;
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
        for (String d : dirs) names.add(CorpusFiles.escape(Path.of(d).toString()));
        java.util.concurrent.FutureTask<Corpus> task = new java.util.concurrent.FutureTask<>(() -> {
            List<CorpusFiles> roots = new java.util.ArrayList<>();
            for (String d : dirs) roots.add(CorpusFiles.directory(Path.of(d)));
            mxsec.Trace.mark("prefetch: corpus listed");
            String key = key(roots);
            mxsec.Trace.mark("prefetch: cache key");
            Corpus corpus = key == null ? null : readEntry(dir.resolve(key + ".idx"), key);
            if (corpus == null) {
                BuiltInCorpus.load(); // a miss: the YAML will be read on top of the built-in corpus
                return null;
            }
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
        Corpus cached = file == null ? null : readEntry(file, key);
        if (cached != null) {
            mxsec.Trace.mark("user corpus cache decoded");
            return cached;
        }
        Corpus corpus = CorpusLoader.load(base.get(), roots);
        mxsec.Trace.mark("user corpus loaded");
        if (file != null && writeBehind) storeInBackground(corpus, file, key);
        else if (file != null) store(corpus, file, key);
        return corpus;
    }

    /** $XDG_CACHE_HOME/mxsec, else ~/.cache/mxsec (a relative XDG_CACHE_HOME is ignored, as the spec says). */
    static Path directory(Map<String, String> env) {
        return XdgDirectory.of(env, "XDG_CACHE_HOME", ".cache");
    }

    // ---- entries: "MXSC", format, the key (64 hex digits), the corpus index, a CRC-32C of all before it ----

    private static final int ENTRY_MAGIC = 0x4D585343; // "MXSC"
    private static final int ENTRY_FORMAT = 1;
    private static final int KEY_LENGTH = 64;
    private static final int HEAD = 8 + KEY_LENGTH;

    /**
     * The corpus an entry holds, or null (a miss) unless it is a regular file that names this very key and whose
     * checksum holds: a file copied under another corpus's name, patched, truncated or of another version is
     * never served (a CRC-32C, not SHA-256: over a 5.5 MB entry SHA-256 costs a cold start 100-300 ms).
     */
    static Corpus readEntry(Path file, String key) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() < HEAD + 4 + 16 || a.size() > Integer.MAX_VALUE - 64) return null;
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readAllBytes();
            }
            mxsec.Trace.mark("user corpus cache read");
            int n = bytes.length;
            if (n < HEAD + 4 + 16) return null;
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            if (b.getInt(0) != ENTRY_MAGIC || b.getInt(4) != ENTRY_FORMAT) return null;
            byte[] expected = key.getBytes(StandardCharsets.US_ASCII);
            if (expected.length != KEY_LENGTH || !java.util.Arrays.equals(bytes, 8, HEAD, expected, 0, KEY_LENGTH)) return null;
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes, 0, n - 4);
            if ((int) crc.getValue() != b.getInt(n - 4)) return null;
            return CorpusIndex.read(java.util.Arrays.copyOfRange(bytes, HEAD, n - 4));
        } catch (IOException | RuntimeException e) {
            return null; // not there, unreadable or damaged: a miss, rebuilt from the corpus
        }
    }

    /** Writes an entry for {@code key}: the header, the index, the checksum of both. */
    static void writeEntry(Corpus corpus, String key, OutputStream raw) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        java.util.zip.CheckedOutputStream checked = new java.util.zip.CheckedOutputStream(raw, crc);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
        out.writeInt(ENTRY_MAGIC);
        out.writeInt(ENTRY_FORMAT);
        out.write(key.getBytes(StandardCharsets.US_ASCII));
        CorpusIndex.write(corpus, out);
        out.flush();
        new DataOutputStream(raw).writeInt((int) crc.getValue());
        raw.flush();
    }

    /**
     * The running mxsec's own build (its jar's size and time): another build may validate differently (new limits,
     * new refusals), so an entry it wrote as valid is not served to this one.
     */
    private static String build() {
        try {
            java.security.CodeSource source = UserCorpusCache.class.getProtectionDomain().getCodeSource();
            if (source == null) return "unknown build";
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) return "classes"; // tests and IDE runs: each uses a cache of its own
            var attributes = Files.readAttributes(jar, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "unknown build";
        }
    }

    /**
     * SHA-256 of the index format, mxsec's build, the built-in corpus, and every file's stamp (path, size, mtime,
     * file key, content CRC-32C: {@link CorpusFiles.CorpusFile#stamp}); null if unreadable.
     */
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
            sha.update(("mxsec-index-" + CorpusIndex.FORMAT + "\n" + build() + "\n" + base + "\n").getBytes(StandardCharsets.UTF_8));
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
    private static void storeInBackground(Corpus corpus, Path file, String key) {
        Thread writer = new Thread(() -> {
            store(corpus, file, key);
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
            store(corpus, file, key); // already shutting down: write it here
            return;
        }
        writer.start();
    }

    /** A temporary file older than this was left by a run that was killed or failed: it is deleted. */
    static final long STALE_TEMPORARY_MILLIS = 10 * 60 * 1000L;

    /**
     * Writes into a temporary file of the same directory, then renames it into place (atomic, no fsync: a crash
     * loses an entry, which only costs time), so there is never a partial file under an entry's name; on any
     * failure the temporary file is deleted. Temporaries that earlier runs left are cleaned first.
     */
    static void store(Corpus corpus, Path file, String key) {
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            cleanStaleTemporaries(dir);
            tmp = Files.createTempFile(dir, "index", ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp)) {
                writeEntry(corpus, key, raw);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            prune(dir);
        } catch (IOException | RuntimeException e) {
            // A read-only or full cache only costs time next run.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException e) {
                    // nothing more to do; the next write cleans it once it is stale
                }
            }
        }
    }

    /** Deletes {@code index*.tmp} files older than {@link #STALE_TEMPORARY_MILLIS} (younger ones may be another run's). */
    private static void cleanStaleTemporaries(Path dir) throws IOException {
        long before = System.currentTimeMillis() - STALE_TEMPORARY_MILLIS;
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(dir, "index*.tmp")) {
            for (Path t : temporaries) {
                BasicFileAttributes a = Files.readAttributes(t, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.lastModifiedTime().toMillis() < before) Files.deleteIfExists(t);
            }
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
