package mxsec.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The YAML files of one corpus root: the built-in corpus inside the jar, or a user's directory.
 * Only {@code vocabulary.yaml}, {@code entities/*.yaml} and {@code reports/*.yaml} belong to a corpus.
 */
public final class CorpusFiles {
    /** Where the built-in corpus lives on the class path. */
    public static final String RESOURCE_ROOT = "mxsec-corpus/";

    /**
     * One file: how messages name it, its path inside the corpus ({@code reports/x.yaml}), how to read it, and
     * a stamp that changes when it does (size and modification time; the content for class-path files).
     */
    public record CorpusFile(String displayName, String relative, Reader reader, Path path) {
        public byte[] read() throws IOException {
            return reader.read();
        }

        public String stamp() throws IOException {
            if (path == null) return java.util.Arrays.hashCode(read()) + "";
            var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toInstant() + "#" + attributes.fileKey();
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
        return relative.equals("vocabulary.yaml")
                || relative.matches("(entities|reports)/[^/]+\\.ya?ml");
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
