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

        /** From the attributes read when the directory was listed (a regular file), else read now (following links). */
        public String stamp() throws IOException {
            if (path == null) return java.util.Arrays.hashCode(read()) + "";
            var attributes = listed != null ? listed : Files.readAttributes(path, BasicFileAttributes.class);
            java.time.Instant modified = attributes.lastModifiedTime().toInstant();
            return attributes.size() + "@" + modified.getEpochSecond() + "." + modified.getNano() + "#" + attributes.fileKey();
        }
    }

    @FunctionalInterface
    public interface Reader {
        byte[] read() throws IOException;
    }

    private final String name;
    private final List<CorpusFile> files;

    private CorpusFiles(String name, List<CorpusFile> files) {
        this.name = name;
        this.files = files;
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

    /** A user's corpus directory. Throws {@link IllegalArgumentException} when it is not a directory. */
    public static CorpusFiles directory(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a directory");
        List<CorpusFile> listed = list(dir);
        if (listed != null) return new CorpusFiles(dir.toString(), listed);
        return walk(dir);
    }

    /**
     * The files {@link #walk} finds, found by listing only the three places a corpus file can be (one directory
     * read and one lstat per entry, kept for {@link CorpusFile#stamp}); null, to walk instead, when the root is
     * a link or anything cannot be read.
     */
    private static List<CorpusFile> list(Path dir) {
        try {
            if (Files.isSymbolicLink(dir)) return null;
            List<CorpusFile> files = new ArrayList<>();
            add(dir, "vocabulary.yaml", files);
            add(dir, "thesaurus.yaml", files);
            for (String sub : new String[] {"entities", "reports"}) {
                Path d = dir.resolve(sub);
                if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) continue;
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(d)) {
                    for (Path p : entries) {
                        String name = p.getFileName().toString();
                        if (isYamlName(name)) add(dir, sub + "/" + name, files);
                    }
                }
            }
            files.sort(java.util.Comparator.comparing(CorpusFile::relative));
            return files;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Adds {@code relative} when it is a regular file or a link (as the walk's filter does). */
    private static void add(Path dir, String relative, List<CorpusFile> files) throws IOException {
        Path file = dir.resolve(relative);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        if (a.isRegularFile()) files.add(new CorpusFile(file.toString(), relative, () -> readBounded(file), file, a));
        else if (a.isSymbolicLink()) files.add(new CorpusFile(file.toString(), relative, () -> readBounded(file), file));
    }

    private static CorpusFiles walk(Path dir) {
        List<CorpusFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(CorpusFiles::belongs)
                    .sorted()
                    .forEach(relative -> {
                        Path file = dir.resolve(relative);
                        files.add(new CorpusFile(file.toString(), relative, () -> readBounded(file), file));
                    });
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": " + e.getMessage());
        }
        return new CorpusFiles(dir.toString(), files);
    }

    /** Reads at most one byte past the limit, so a huge file costs no more than the limit. */
    private static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(YamlReader.MAX_BYTES + 1);
        }
    }
}
