package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cite} from the packaged jar, whose shade step keeps citeproc-java whole and only three CSL styles and one
 * locale: each style prints what the in-process run prints (the golden files), and no other command loads any of
 * cite's code or libraries.
 */
class CiteIT {
    private static final String JAR = Path.of(System.getProperty("mxsec.jar", "target/mxsec.jar")).toAbsolutePath().toString();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private record Run(int code, String out, String err) {}

    private static Run run(List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvm);
        command.addAll(List.of("-Dmxsec.stdout.tty=false", "-jar", JAR));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        // stderr can be a long class-load log: read it on its own thread so that neither pipe fills up
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"apa", "chicago", "mla"})
    void eachStylePrintsFromTheJarAsItDoesInProcess(String style) throws Exception {
        Run r = run(List.of(), "cite", "felbab-brown-2024", "--style", style);
        assertThat(r.err()).as(r.toString()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/cite/felbab-brown-2024-" + style + ".txt")));
    }

    @Test
    void aFactsCitationWithItsLocatorPrintsFromTheJar() throws Exception {
        Run r = run(List.of(), "cite", "ellis-2022/cienfuegos-charges-dropped", "ellis-2016/chapo-recapture", "ellis-2016",
                "ellis-2018-mar", "ellis-2018-may");
        assertThat(r.err()).as(r.toString()).isEmpty();
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/cite/facts-and-reports-apa.txt")));
    }

    @Test
    void theJarCarriesThreeStylesAndOneLocale() throws Exception {
        TreeSet<String> csl = new TreeSet<>();
        try (ZipFile zip = new ZipFile(JAR)) {
            zip.stream().forEach(e -> {
                if (e.getName().endsWith(".csl") || e.getName().startsWith("locales-")) csl.add(e.getName());
            });
        }
        assertThat(csl).containsExactly("apa.csl", "chicago-author-date.csl", "locales-en-US.xml", "modern-language-association.csl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"state guerrero", "reports", "show cjng", "timeline", "search fentanyl", "--help"})
    void otherCommandsLoadNoneOfCitesCode(String command) throws Exception {
        Run r = run(List.of("-Xlog:class+load=info:stderr"), command.split(" "));
        assertThat(r.code()).as(command).isZero();
        assertThat(r.err()).as("the class-load log names our classes").contains(" mxsec.cli.Main ");
        TreeSet<String> loaded = new TreeSet<>();
        for (String line : r.err().split("\n")) {
            for (String prefix : new String[] {" de.undercouch.", " org.antlr.", " mxsec.query.Citations", " mxsec.render.CiteStyles",
                " mxsec.render.CslData", " mxsec.render.BibTex", " mxsec.render.Ris", " mxsec.render.CitationStyle",
                " mxsec.cli.CiteCommand$"}) {
                int at = line.indexOf(prefix);
                if (at >= 0) loaded.add(line.substring(at + 1, line.indexOf(' ', at + 1) < 0 ? line.length() : line.indexOf(' ', at + 1)));
            }
        }
        assertThat(loaded).as("cite's classes that `mxsec " + command + "` loaded").isEmpty();
    }
}
