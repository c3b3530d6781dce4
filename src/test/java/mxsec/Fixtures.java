package mxsec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test fixtures: the valid fixture corpus, copies of it with one thing broken, and golden files. */
public final class Fixtures {
    private Fixtures() {}

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path validCorpus() {
        return resource("fixtures/valid");
    }

    /**
     * Two reports (bounds-2019, bounds-2022) with a figure of every bound and a link of every type: contradicts
     * (a month), updates (alliance then rivalry), agrees (a count), and an automatic contradiction (up to 245
     * against more than 300 groups, the same point) beside figures that are no contradiction (other years; about
     * 80% and about 85%).
     */
    public static Path boundsCorpus() {
        return resource("fixtures/bounds");
    }

    public static Path sources() {
        return resource("fixtures/sources");
    }

    /** A copy of the valid fixture corpus in {@code dir}, with {@code find} replaced by {@code replace} in {@code file}. */
    public static Path brokenCopy(Path dir, String file, String find, String replace) {
        Path copy = copy(validCorpus(), dir.resolve("corpus"));
        Path target = copy.resolve(file);
        try {
            String text = Files.readString(target, StandardCharsets.UTF_8);
            if (!text.contains(find)) throw new IllegalArgumentException("fixture " + file + " has no '" + find + "'");
            Files.writeString(target, text.replace(find, replace), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    public static Path copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /**
     * Compares {@code actual} with the golden file {@code golden/NAME}; with -Dgolden.update=true, rewrites the
     * golden file instead. Returns the expected text.
     */
    public static String golden(String name, String actual) {
        Path file = Path.of("src/test/resources/golden", name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return actual;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("no golden file " + file + "; run ./mvnw verify -Dgolden.update=true to create it. Actual:\n" + actual);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
