package mxsec.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import mxsec.model.Corpus;
import mxsec.model.SearchTexts;
import mxsec.model.StoredSearchTexts;

/** The corpus shipped with mxsec: from its pre-built index when the build made one, else from its YAML. */
public final class BuiltInCorpus {
    public static final String INDEX = "mxsec-corpus.idx";
    /** Beside the index: its texts folded for search (see {@link SearchTexts}), read only by a search. */
    public static final String SEARCH_TEXTS = "mxsec-corpus.words";

    private static Corpus loaded;
    private static byte[] indexBytes;
    private static String fingerprint;

    private BuiltInCorpus() {}

    /**
     * Loaded once per process; synchronized, so a thread that loads it ahead (while the command line is parsed)
     * makes the others wait for its corpus.
     */
    public static synchronized Corpus load() {
        if (loaded != null) return loaded;
        try {
            byte[] bytes = indexBytes();
            if (bytes != null) {
                mxsec.Trace.mark("corpus index bytes");
                loaded = CorpusIndex.read(bytes, new StoredTexts(CorpusIndex.checksum(bytes)));
                indexBytes = bytes;
                mxsec.Trace.mark("corpus index read");
                return loaded;
            }
        } catch (IOException e) {
            // A missing or damaged index only costs time: fall back to the YAML below.
        }
        loaded = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        return loaded;
    }

    /** The search texts that belong to the index with checksum {@code index}; null (fold them anew) when missing or not those. */
    private record StoredTexts(int index) implements StoredSearchTexts {
        @Override
        public SearchTexts read() {
            try {
                byte[] bytes = resource(SEARCH_TEXTS);
                mxsec.Trace.mark("search texts bytes");
                return bytes == null ? null : CorpusIndex.readSearchTexts(bytes, index);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** The index in the jar or class path; null when there is none. */
    private static byte[] indexBytes() throws IOException {
        return resource(INDEX);
    }

    /** A resource of the jar or class path; null when there is none. */
    private static byte[] resource(String name) throws IOException {
        // Run as `java -jar mxsec.jar`: read the entry from the jar itself. The class loader's resource lookup
        // goes through URL handlers and connections, about 10 ms of cold code before the first byte.
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && classPath.indexOf(java.io.File.pathSeparatorChar) < 0) {
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(classPath)) {
                java.util.zip.ZipEntry entry = jar.getEntry(name);
                if (entry != null && entry.getSize() >= 0 && entry.getSize() < Integer.MAX_VALUE) {
                    byte[] bytes = new byte[(int) entry.getSize()];
                    try (InputStream in = jar.getInputStream(entry)) {
                        if (in.readNBytes(bytes, 0, bytes.length) == bytes.length && in.read() < 0) return bytes;
                    }
                }
            } catch (IOException e) {
                // not readable this way: ask the class loader
            }
        }
        try (InputStream raw = BuiltInCorpus.class.getClassLoader().getResourceAsStream(name)) {
            return raw == null ? null : raw.readAllBytes();
        }
    }

    /**
     * A digest of the built-in index, to key caches built on top of it; null when the jar has no index.
     * Computed only when asked (a user corpus).
     */
    public static String fingerprint() {
        // The digest of the index in the jar, without decoding it: it changes whenever the built-in corpus does.
        return digest();
    }

    private static final Object DIGEST_LOCK = new Object();

    /**
     * The digest of the index resource, computed without waiting for the index to be decoded (the preload
     * thread may still be at it): a user corpus's cache key does not need the decoded corpus.
     */
    private static String digest() {
        synchronized (DIGEST_LOCK) {
            if (fingerprint != null) return fingerprint;
            byte[] bytes;
            synchronized (BuiltInCorpus.class) {
                bytes = indexBytes;
            }
            if (bytes == null) {
                try {
                    bytes = indexBytes();
                } catch (IOException e) {
                    return null;
                }
                if (bytes == null) return null;
            }
            // Its length and CRC-32C: the jar is trusted, so this need only tell versions apart, and SHA-256 over the
            // 0.5 MB took 57-184 ms cold under C1, provider start included (the CRC, an intrinsic, 2-4 ms).
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes, 0, bytes.length);
            fingerprint = bytes.length + "-" + Long.toHexString(crc.getValue());
            return fingerprint;
        }
    }
}
