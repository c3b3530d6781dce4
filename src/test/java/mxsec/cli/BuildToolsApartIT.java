package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build tools (src/build/java, compiled to target/build-classes) run during the build and never ship: neither
 * target/mxsec.jar nor the lib/mxsec.jar of the distribution archives holds any of their classes. The list comes from
 * the build-classes directory, so a tool added there later is covered without touching this test.
 */
class BuildToolsApartIT {
    private static final Path JAR = Path.of(System.getProperty("mxsec.jar", "target/mxsec.jar"));
    private static final Path BUILD_CLASSES = Path.of(System.getProperty("mxsec.buildClasses", "target/build-classes"));
    private static final String DIST = "mxsec-" + VersionProvider.version();

    @TempDir
    Path temp;

    /** The class files of the build tools, as jar entry names. */
    private static Set<String> buildTools() throws IOException {
        Set<String> classes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(BUILD_CLASSES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                classes.add(BUILD_CLASSES.relativize(f).toString().replace('\\', '/'));
            }
        }
        // Not vacuous: the tools the build runs are there (so the names compared are of the right form).
        assertThat(classes).contains("mxsec/cli/CommandModelWriter.class", "mxsec/cli/HelpTextWriter.class",
                "mxsec/cli/ManPages.class", "mxsec/load/IndexBuilder.class");
        return classes;
    }

    private static List<String> entries(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        }
        // What the tools made is there: the generated command models, help texts and the corpus index.
        assertThat(names).as(jar.toString()).contains("mxsec/cli/Main.class", "mxsec/cli/GeneratedCommandModels.class",
                "mxsec/cli/GeneratedHelpTexts.class", "mxsec-corpus.idx", "mxsec-corpus.words");
        return names;
    }

    private static void assertNoBuildTool(Path jar, String what) throws IOException {
        Set<String> shipped = new TreeSet<>(entries(jar));
        shipped.retainAll(buildTools());
        assertThat(shipped).as(what + " holds build tools (src/build/java)").isEmpty();
    }

    @Test
    void theJarHoldsNoBuildTool() throws Exception {
        assertNoBuildTool(JAR, JAR.toString());
    }

    @Test
    void theTarArchiveHoldsNoBuildTool() throws Exception {
        Path archive = JAR.resolveSibling(DIST + ".tar.gz");
        Tools.run(List.of("tar", "xzf", archive.toString(), "-C", temp.toString(), DIST + "/lib/mxsec.jar"));
        assertNoBuildTool(temp.resolve(DIST + "/lib/mxsec.jar"), archive + "!lib/mxsec.jar");
    }

    @Test
    void theZipArchiveHoldsNoBuildTool() throws Exception {
        Path archive = JAR.resolveSibling(DIST + ".zip");
        Path jar = temp.resolve("mxsec.jar");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry(DIST + "/lib/mxsec.jar");
            assertThat(entry).as(archive + " has lib/mxsec.jar").isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, jar);
            }
        }
        assertNoBuildTool(jar, archive + "!lib/mxsec.jar");
    }
}
