package mxsec.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import mxsec.model.Location;

/**
 * The YAML files of one corpus root: the built-in corpus inside the jar, or a user's directory.
 * Only {@code vocabulary.yaml}, {@code thesaurus.yaml}, {@code entities/*.yaml} and {@code reports/*.yaml} belong to a corpus.
 */
public final class CorpusFiles {
    /** Where the built-in corpus lives on the class path. */
    public static final String RESOURCE_ROOT = "mxsec-corpus/";

    /**
     * One file: how messages name it, its path inside the corpus ({@code reports/x.yaml}), how to read it, and
     * a stamp that changes when it does (size and modification time; the content for class-path files).
     */
    public record CorpusFile(String displayName, String relative, Reader reader, Path path, BasicFileAttributes listed) {
        public CorpusFile(String displayName, String relative, Reader reader, Path path) {
            this(displayName, relative, reader, path, null);
        }

        public byte[] read() throws IOException {
            return reader.read();
        }

        /**
         * Size, modification time and file key from the attributes read when the directory was listed (else read
         * now), and a CRC-32C of the content: a file rewritten with the same size and time is a new stamp.
         */
        public String stamp() throws IOException {
            if (path == null) return java.util.Arrays.hashCode(read()) + "";
            var attributes = listed != null ? listed : Files.readAttributes(path, BasicFileAttributes.class);
            java.time.Instant modified = attributes.lastModifiedTime().toInstant();
            return attributes.size() + "@" + modified.getEpochSecond() + "." + modified.getNano() + "#" + attributes.fileKey()
                    + "#" + Long.toHexString(contentDigest(path));
        }
    }

    /**
     * CRC-32C of a file's first {@link YamlReader#MAX_BYTES} + 1 bytes (what the loader reads), through one direct
     * buffer: an intrinsic even in interpreted code, some 2-4 ms a MB at start-up where SHA-256 took 50.
     */
    static long contentDigest(Path file) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        java.nio.ByteBuffer buffer = DIGEST_BUFFER.get();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            long left = YamlReader.MAX_BYTES + 1L;
            while (left > 0) {
                buffer.clear();
                if (left < buffer.capacity()) buffer.limit((int) left);
                int n = channel.read(buffer);
                if (n < 0) break;
                left -= n;
                buffer.flip();
                crc.update(buffer);
            }
        }
        return crc.getValue();
    }

    private static final ThreadLocal<java.nio.ByteBuffer> DIGEST_BUFFER = new ThreadLocal<>() {
        @Override
        protected java.nio.ByteBuffer initialValue() {
            return java.nio.ByteBuffer.allocateDirect(1 << 16);
        }
    };

    @FunctionalInterface
    public interface Reader {
        byte[] read() throws IOException;
    }

    private final String name;
    private final List<CorpusFile> files;
    private final List<String> warnings;

    private CorpusFiles(String name, List<CorpusFile> files) {
        this(name, files, List.of());
    }

    private CorpusFiles(String name, List<CorpusFile> files, List<String> warnings) {
        this.name = name;
        this.files = files;
        this.warnings = warnings;
    }

    public String name() {
        return name;
    }

    public List<CorpusFile> files() {
        return files;
    }

    static boolean belongs(String relative) {
        if (relative.equals("vocabulary.yaml") || relative.equals("thesaurus.yaml")) return true;
        int slash = relative.indexOf('/');
        if (slash < 0 || relative.indexOf('/', slash + 1) >= 0) return false;
        String dir = relative.substring(0, slash);
        return (dir.equals("entities") || dir.equals("reports")) && isYamlName(relative.substring(slash + 1));
    }

    /** {@code [^/]+\\.ya?ml}: a name, then .yaml or .yml. */
    private static boolean isYamlName(String name) {
        return name.indexOf('/') < 0 && ((name.length() > 5 && name.endsWith(".yaml")) || (name.length() > 4 && name.endsWith(".yml")));
    }

    /** A corpus held in memory (relative path to bytes), named {@code name} in messages: for tools and fuzzing. */
    public static CorpusFiles inMemory(String name, java.util.Map<String, byte[]> files) {
        List<CorpusFile> list = new ArrayList<>();
        files.forEach((relative, bytes) -> {
            if (belongs(relative)) list.add(new CorpusFile(name + "/" + relative, relative, () -> bytes.clone(), null));
        });
        return new CorpusFiles(name, list);
    }

    /** The corpus shipped in the jar (or in target/classes when run from the build). */
    public static CorpusFiles builtIn() {
        ClassLoader loader = CorpusFiles.class.getClassLoader();
        URL marker = loader.getResource(RESOURCE_ROOT + "vocabulary.yaml");
        if (marker == null) throw new IllegalStateException("the built-in corpus is missing from the class path");
        List<String> relatives = new ArrayList<>();
        try {
            if ("jar".equals(marker.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) marker.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String entry = e.nextElement().getName();
                        if (entry.startsWith(RESOURCE_ROOT) && belongs(entry.substring(RESOURCE_ROOT.length()))) {
                            relatives.add(entry.substring(RESOURCE_ROOT.length()));
                        }
                    }
                }
            } else {
                Path root = Path.of(marker.toURI()).getParent();
                try (Stream<Path> walk = Files.walk(root, 2)) {
                    walk.filter(Files::isRegularFile)
                            .map(p -> root.relativize(p).toString().replace('\\', '/'))
                            .filter(CorpusFiles::belongs)
                            .forEach(relatives::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        relatives.sort(null);
        List<CorpusFile> files = new ArrayList<>();
        for (String relative : relatives) {
            files.add(new CorpusFile("corpus/" + relative, relative, () -> {
                try (InputStream in = loader.getResourceAsStream(RESOURCE_ROOT + relative)) {
                    if (in == null) throw new IOException("missing resource " + relative);
                    return in.readNBytes(YamlReader.MAX_BYTES + 1);
                }
            }, null));
        }
        return new CorpusFiles("built-in corpus", files);
    }

    /**
     * A user's corpus directory. Throws {@link IllegalArgumentException} when it is not a directory (a usage
     * error), and a {@link CorpusException} naming every entry that looks like part of the corpus but cannot be
     * read as one (see {@link Listing}).
     */
    public static CorpusFiles directory(Path dir) {
        String given = dir.toString();
        if (given.isEmpty()) throw new IllegalArgumentException("'': an empty directory name (write . for the working directory)");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(given + ": not a directory");
        Listing listing = new Listing(dir, escape(given));
        listing.run();
        if (!listing.problems.isEmpty()) throw listing.problems.exception(); // capped and counted like every other problem
        listing.files.sort(BY_RELATIVE);
        return new CorpusFiles(listing.shown, listing.files, listing.warnings);
    }

    /** What a run should say about files it leaves out on purpose (a YAML file at the top that is not the corpus's). */
    public List<String> warnings() {
        return warnings;
    }

    private static final java.util.Comparator<CorpusFile> BY_RELATIVE = new java.util.Comparator<>() {
        @Override
        public int compare(CorpusFile a, CorpusFile b) {
            return a.relative().compareTo(b.relative());
        }
    };

    /**
     * Lists a user's corpus without opening anything that is not a regular file: every entry is looked at with
     * {@code lstat} first, so a FIFO (which would block a read for ever), a device or a socket is never opened. A
     * symbolic link is followed only when its real target stays inside the corpus's real directory and is a
     * regular file (or, for {@code reports/} and {@code entities/}, a directory); so a file outside the corpus is
     * never read, and never echoed in a message. Inside {@code reports/} and {@code entities/}, whatever looks
     * like corpus data and is not read (an upper-case {@code .YAML}, a subdirectory) is an error too; at the top,
     * a YAML file other than the vocabulary and the thesaurus only gets a warning, since a corpus's directory
     * may hold other tools' files.
     */
    private static final class Listing {
        private final Path dir;
        private final String shown;
        private final Problems problems = new Problems();
        private final List<CorpusFile> files = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private Path real;

        Listing(Path dir, String shown) {
            this.dir = dir;
            this.shown = shown;
        }

        void run() {
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                problem("", "cannot be resolved: " + reason(e));
                return;
            }
            for (String name : names(dir, "")) {
                Path entry = dir.resolve(name);
                if (name.equals("vocabulary.yaml") || name.equals("thesaurus.yaml")) {
                    file(entry, name);
                } else if (name.equals("entities") || name.equals("reports")) {
                    Path sub = folder(entry, name);
                    if (sub != null) listFolder(sub, name);
                } else if (looksLikeYaml(name)) {
                    warnings.add(shown + "/" + escape(name) + ": ignored: " + RULE);
                }
            }
        }

        private void listFolder(Path sub, String folder) {
            for (String name : names(sub, folder + "/")) {
                String relative = folder + "/" + name;
                Path entry = sub.resolve(name);
                if (isYamlName(name)) {
                    file(entry, relative);
                } else if (looksLikeYaml(name)) {
                    problem(relative, "has an upper-case extension: " + RULE + " (.yml too, in lower case)");
                } else if (!name.startsWith(".") && Files.isDirectory(entry)) {
                    problem(relative, "is a directory inside " + folder + "/: " + RULE + ", not subdirectories");
                }
            }
        }

        /** The names in {@code directory}, sorted; none (and a problem) when it cannot be listed. */
        private List<String> names(Path directory, String relative) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                for (Path p : entries) names.add(p.getFileName().toString());
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                IOException cause = e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e).getCause();
                problem(relative.isEmpty() ? "" : relative.substring(0, relative.length() - 1), "cannot list the directory: " + reason(cause));
            }
            names.sort(null);
            return names;
        }

        /** Adds {@code entry} when it is a regular file, or a link to one inside the corpus; else says what it is. */
        private void file(Path entry, String relative) {
            BasicFileAttributes a = attributes(entry, relative);
            if (a == null) return;
            if (a.isRegularFile()) {
                files.add(new CorpusFile(shown + "/" + escape(relative), relative, readerOf(entry), entry, a));
                return;
            }
            if (!a.isSymbolicLink()) {
                problem(relative, "is " + what(entry, a) + ", not a regular file");
                return;
            }
            Path target = target(entry, relative);
            if (target == null) return;
            BasicFileAttributes t = attributes(target, relative);
            if (t == null) return;
            if (!target.startsWith(real)) problem(relative, "is a symbolic link to " + what(target, t) + " outside the corpus");
            else if (!t.isRegularFile()) problem(relative, "is a symbolic link to " + what(target, t) + ", not a regular file");
            else files.add(new CorpusFile(shown + "/" + escape(relative), relative, readerOf(target), target, t));
        }

        /** {@code entry} as a directory to list: itself, or a link's target inside the corpus; null after a problem. */
        private Path folder(Path entry, String relative) {
            BasicFileAttributes a = attributes(entry, relative);
            if (a == null) return null;
            if (a.isDirectory()) return entry;
            if (!a.isSymbolicLink()) {
                problem(relative, "is " + what(entry, a) + ", not a directory");
                return null;
            }
            Path target = target(entry, relative);
            if (target == null) return null;
            BasicFileAttributes t = attributes(target, relative);
            if (t == null) return null;
            if (!target.startsWith(real) || target.equals(real)) {
                problem(relative, "is a symbolic link to " + (target.equals(real) ? "the corpus directory itself" : what(target, t) + " outside the corpus"));
                return null;
            }
            if (!t.isDirectory()) {
                problem(relative, "is a symbolic link to " + what(target, t) + ", not a directory");
                return null;
            }
            return target;
        }

        /** A link's real target; null after a problem (a loop, a dangling link). */
        private Path target(Path link, String relative) {
            try {
                return link.toRealPath();
            } catch (java.nio.file.NoSuchFileException e) {
                problem(relative, "is a dangling symbolic link (its target does not exist)");
            } catch (java.nio.file.FileSystemException e) {
                problem(relative, isLoop(e) ? "is a symbolic link loop" : "is a symbolic link that cannot be followed: " + reason(e));
            } catch (IOException e) {
                problem(relative, "is a symbolic link that cannot be followed: " + reason(e));
            }
            return null;
        }

        /** The entry's own attributes (a link is not followed); null after a problem. */
        private BasicFileAttributes attributes(Path p, String relative) {
            try {
                return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                problem(relative, "cannot be read: " + reason(e));
                return null;
            }
        }

        private void problem(String relative, String message) {
            problems.add(new Location(relative.isEmpty() ? shown : shown + "/" + escape(relative), 0, 0), message);
        }
    }

    /**
     * A file or directory name as messages show it: what a terminal would act on or hide (a newline, an escape, a
     * bidi mark: {@link mxsec.text.UnsafeText}) as {@code \\uXXXX}, like the text of a message (see {@link Problems#add}).
     */
    static String escape(String name) {
        return mxsec.text.UnsafeText.escape(name, false);
    }

    /** The rule a message about a file left out names. */
    static final String RULE = "only vocabulary.yaml, thesaurus.yaml, reports/*.yaml and entities/*.yaml are read";

    /** A name that ends in .yaml or .yml in any case: meant to be corpus data. */
    private static boolean looksLikeYaml(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** "a FIFO", "a directory", ...: what a file that is not a regular file is (never opened to find out). */
    private static String what(Path p, BasicFileAttributes a) {
        if (a.isRegularFile()) return "a file";
        if (a.isDirectory()) return "a directory";
        if (a.isSymbolicLink()) return "a symbolic link";
        try {
            int type = ((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
            if (type == 0010000) return "a FIFO";
            if (type == 0020000) return "a character device";
            if (type == 0060000) return "a block device";
            if (type == 0140000) return "a socket";
        } catch (IOException | RuntimeException e) {
            // no unix view here: say less
        }
        return "a special file (a device, FIFO or socket)";
    }

    private static boolean isLoop(java.nio.file.FileSystemException e) {
        String reason = e.getReason();
        return reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("too many levels of symbolic links");
    }

    /** Why an I/O operation failed, in words, without the path (which the message names already, escaped). */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        if (e instanceof java.nio.file.NotDirectoryException) return "not a directory";
        if (e instanceof java.nio.file.FileSystemException f) {
            if (isLoop(f)) return "symbolic link loop";
            if (f.getReason() != null) return escape(f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : escape(e.getMessage());
    }

    /** Reads a regular file found by the listing; never follows a link put in its place since (O_NOFOLLOW). */
    private static Reader readerOf(Path file) {
        return new Reader() {
            @Override
            public byte[] read() throws IOException {
                return readBounded(file);
            }
        };
    }

    /** Reads at most one byte past the limit, so a huge file costs no more than the limit. */
    private static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(YamlReader.MAX_BYTES + 1);
        }
    }
}
