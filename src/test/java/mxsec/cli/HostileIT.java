package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile corpora and hostile environments, through the packaged jar with a 256 MB heap: a precise
 * file:line:col error and exit code 3, in bounded time, never a stack trace, and the built-in corpus unharmed.
 */
class HostileIT {
    private static final String JAR = System.getProperty("mxsec.jar", "target/mxsec.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Path HOSTILE = Path.of("src/test/resources/hostile").toAbsolutePath();

    @TempDir
    Path temp;

    /** Seconds a run may take: far more than any case needs. */
    private int bound = 20;

    private CliRunner.Result run(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx256m", "-XX:+UseSerialGC", "-jar", JAR));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        pb.environment().putAll(env);
        // Output to files, so a large answer cannot fill a pipe nobody reads yet.
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        // Bounded time: far more than any case needs (they take well under a second).
        assertThat(p.waitFor(bound, TimeUnit.SECONDS)).as("finished within the bound: " + List.of(args)).isTrue();
        return new CliRunner.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void noStackTrace(CliRunner.Result r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\u001b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "alias-bomb|reports/hostile-alias-bomb.yaml:2:8: YAML aliases (*a) are not allowed in a corpus",
        "deep-nesting|reports/hostile-deep-nesting.yaml:1:28: nested more than 20 levels deep",
        "invalid-utf8|reports/hostile-invalid-utf8.yaml:11:29: invalid UTF-8 (byte 0xFF)",
        "tabs|reports/hostile-tabs.yaml:9:11: invalid YAML: while scanning for the next token: found character '\\t(TAB)' that cannot start any token",
        "duplicate-keys|reports/hostile-duplicate-keys.yaml:14:5: duplicate key 'topics' (first at line 13)",
        "unknown-field|reports/hostile-unknown-field.yaml:13:5: unknown field 'topcis' in an assessment fact (did you mean 'topics'?)",
        "wrong-type|reports/hostile-wrong-type.yaml:12:13: 'groups' must be a list ([a, b]), found text",
        "cyclic-lineage|reports/hostile-cyclic-lineage.yaml:9:9: group lineage is a cycle: cjng -> zetas -> cjng",
        "dangling-reference|reports/hostile-dangling-reference.yaml:12:20: unknown group 'no-such-group'",
        "id-with-spaces|reports/hostile-id-with-spaces.yaml:9:9: 'id' must be a lower-case slug like 'sinaloa-cartel', found 'f 1'",
        "id-with-control|reports/hostile-id-with-control.yaml:9:9: control character U+001B in text",
        "bidi-override|reports/hostile-bidi-override.yaml:11:14: bidirectional-override character U+202E in text",
        "february-31|reports/hostile-february-31.yaml:11:11: 'date': '2019-02-31' is not a real date",
        "empty-file|reports/hostile-empty-file.yaml:1:1: file is empty",
        "two-documents|reports/hostile-two-documents.yaml:16:1: only one YAML document per file",
        "yaml-tag|reports/hostile-yaml-tag.yaml:11:14: YAML tags (!tag:yaml.org,2002:python/object:os.system) are not allowed in a corpus",
    })
    void aHostileCorpusGetsAPreciseErrorAndExitCode3(String fixture, String expected) throws Exception {
        Path dir = HOSTILE.resolve(fixture);
        CliRunner.Result r = run(Map.of(), null, "validate", dir.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        String wanted = "mxsec: " + dir + "/" + expected;
        assertThat(r.err().lines()).as(r.toString()).anyMatch(line -> line.startsWith(wanted))
                .last().asString().startsWith("mxsec: the corpus has ");
        noStackTrace(r);
        // The same corpus as --corpus on a query: the same refusal, and nothing cached.
        CliRunner.Result q = run(Map.of(), null, "state", "guerrero", "--corpus", dir.toString());
        assertThat(q.exitCode()).isEqualTo(3);
        assertThat(temp.resolve("cache/mxsec")).doesNotExist();
    }

    @Test
    void aDirectoryWithoutYamlAndAFileThatIsNotThereAreReported() throws Exception {
        CliRunner.Result r = run(Map.of(), null, "validate", HOSTILE.resolve("no-yaml").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("mxsec: " + HOSTILE.resolve("no-yaml") + ": no corpus files here");
        CliRunner.Result missing = run(Map.of(), null, "reports", "--corpus", temp.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        noStackTrace(missing);
    }

    @Test
    void aBomAndWindowsLineEndsAreFine() throws Exception {
        CliRunner.Result r = run(Map.of(), null, "validate", HOSTILE.resolve("bom-crlf").toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void aHundredMegabyteFileIsRefusedQuicklyWithLittleMemory() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("huge/reports"));
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n".getBytes();
        try (OutputStream out = Files.newOutputStream(dir.resolve("hostile-huge.yaml"))) {
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length) out.write(line);
        }
        CliRunner.Result r = run(Map.of(), null, "validate", temp.resolve("huge").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("mxsec: " + dir.resolve("hostile-huge.yaml") + ":1:1: file is larger than the limit of 8 MiB");
        noStackTrace(r);
    }

    @Test
    void aTurkishLocaleDoesNotBreakNameMatching() throws Exception {
        List<String> command = List.of(JAVA, "-Duser.language=tr", "-Duser.country=TR", "-jar", JAR, "state", "QUINTANA ROO", "-o", "tsv");
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        assertThat(out).contains("quintana-roo");
    }

    @Test
    void tinyAndHugeWidthsBehave() throws Exception {
        CliRunner.Result narrow = run(Map.of("COLUMNS", "5"), null, "group", "cjng");
        assertThat(narrow.exitCode()).isZero();
        assertThat(narrow.out().lines().filter(l -> !l.isBlank()).mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(60);
        CliRunner.Result wide = run(Map.of(), null, "compare", "cjng", "sinaloa", "--width", "100000");
        assertThat(wide.exitCode()).isZero();
        assertThat(wide.out().lines().mapToInt(String::length).max().orElse(0)).as("no padding to the huge width").isLessThan(2000);
        assertThat(run(Map.of(), null, "state", "--width", "-3").err()).isEqualTo("mxsec: --width must be 0 or more, not -3\n");
    }

    @Test
    void closedStreamsAndAMissingHomeAreSurvived() throws Exception {
        CliRunner.Result shell = run(Map.of("HOME", "/nonexistent/home"), "", "shell");
        assertThat(shell.exitCode()).isZero();
        noStackTrace(shell);
        Process p = new ProcessBuilder(List.of("bash", "-c", "'" + JAVA + "' -jar '" + JAR + "' reports >&- 2>/dev/null; echo $?")).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo("0");
    }

    // --- What a user corpus may change ---

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> redefinitions() {
        String rule = "; a user corpus adds, it does not redefine: ";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("user-alias-shadows-built-in", List.of(
                        mxsec.load.CorpusLoaderTest.shadows("entities/groups.yaml:4:19", "cjng", "group cjng", "Cártel de Jalisco Nueva Generación"),
                        mxsec.load.CorpusLoaderTest.shadows("entities/groups.yaml:4:25", "Sinaloa", "group sinaloa-cartel", "Sinaloa Cartel"))),
                org.junit.jupiter.params.provider.Arguments.of("user-id-redefines-built-in", List.of(
                        "entities/groups.yaml:2:9: 'cjng' is already a built-in group (corpus/entities/groups.yaml:11:9)" + rule
                                + "write 'overrides: [cjng]' at the top of the file to replace it on purpose")),
                org.junit.jupiter.params.provider.Arguments.of("user-report-redefines", List.of(
                        "reports/ellis-2022.yaml:2:7: 'ellis-2022' is already a built-in report (corpus/reports/ellis-2022.yaml:2:7)" + rule
                                + "write 'overrides: [ellis-2022]' at the top of the file to replace it on purpose")),
                org.junit.jupiter.params.provider.Arguments.of("user-vocabulary-redefines", List.of(
                        "vocabulary.yaml:2:3: term 'homicide' of vocabulary 'topics' is already built-in, with another meaning" + rule
                                + "write 'overrides: [homicide]' at the top of the file to give it yours on purpose")),
                org.junit.jupiter.params.provider.Arguments.of("user-link-to-built-in", List.of(
                        "reports/hostile-user-link.yaml:14:19: 'contradicts' names built-in fact 'ellis-2022/deck-cooperation-strong-institutionally'; "
                                + "a user corpus adds, it does not change what built-in facts show: write 'extends: [ellis-2022]' at the top of the file to link to its facts on purpose")),
                org.junit.jupiter.params.provider.Arguments.of("user-unused-override", List.of(
                        "entities/groups.yaml:1:13: 'overrides' names 'cjng', but this file replaces no built-in entity of that id",
                        "entities/groups.yaml:1:19: 'overrides' names 'no-such-group', but this file replaces no built-in entity of that id")));
    }

    /** Every message exactly, in order, then the count; the same refusal from a query, and nothing cached. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("redefinitions")
    void aUserCorpusThatRedefinesTheBuiltInOneIsRefusedWithExitCode3(String fixture, List<String> expected) throws Exception {
        Path dir = HOSTILE.resolve(fixture);
        StringBuilder err = new StringBuilder();
        for (String e : expected) err.append("mxsec: ").append(dir).append('/').append(e).append('\n');
        err.append("mxsec: the corpus has ").append(expected.size()).append(expected.size() == 1 ? " problem\n" : " problems\n");
        CliRunner.Result r = run(Map.of(), null, "validate", dir.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(err.toString());
        CliRunner.Result q = run(Map.of(), null, "group", "cjng", "--corpus", dir.toString());
        assertThat(q.exitCode()).as(q.toString()).isEqualTo(3);
        assertThat(q.err()).isEqualTo(err.toString());
        assertThat(temp.resolve("cache/mxsec")).doesNotExist();
    }

    @Test
    void aUserCorpusThatOnlyAddsLeavesBuiltInAnswersAsTheyWere() throws Exception {
        String valid = Path.of("src/test/resources/fixtures/valid").toAbsolutePath().toString();
        CliRunner.Result alone = run(Map.of(), null, "group", "zetas");
        CliRunner.Result layered = run(Map.of(), null, "group", "zetas", "--corpus", valid);
        assertThat(layered.exitCode()).as(layered.toString()).isZero();
        assertThat(layered.out()).isEqualTo(alone.out());
        assertThat(run(Map.of(), null, "show", "test-cartel", "--corpus", valid).out())
                .contains("corpus:  " + valid + " (a user corpus, not the built-in one)\n");
    }

    /** 40,000 facts about Guerrero (6.6 MB): they change what 'state guerrero' answers, each marked, in bounded time and memory. */
    @Test
    void fortyThousandUserFactsLoadInBoundedTimeAndMemoryAndAreMarked() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("big/reports"));
        StringBuilder yaml = new StringBuilder("report:\n  id: big-40k\n  title: Forty thousand facts\n  authors: [A. User]\n  publisher: P\n"
                + "  published: 2025-01\n  kind: commentary\nfacts:\n");
        for (int i = 0; i < 40_000; i++) {
            yaml.append("  - {id: f").append(i).append(", kind: presence, summary: \"Note ").append(i)
                    .append(" on Guerrero.\", group: cjng, state: guerrero, status: present, topics: [territory], source: {lines: ")
                    .append(i + 1).append("}}\n");
        }
        Files.writeString(dir.resolve("big-40k.yaml"), yaml);
        String corpus = temp.resolve("big").toString();
        bound = 90; // a loaded 2-core machine took 16-22 s to validate and answer on a miss, 5-8 s from the cache
        CliRunner.Result first = run(Map.of(), null, "state", "guerrero", "--corpus", corpus, "-o", "json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        noStackTrace(first);
        CliRunner.Result cached = run(Map.of(), null, "state", "guerrero", "--corpus", corpus, "-o", "json");
        assertThat(cached.exitCode()).as(cached.err()).isZero();
        assertThat(cached.out()).isEqualTo(first.out());
        assertThat(first.out().split("\"corpus\" : \"" + java.util.regex.Pattern.quote(corpus) + "\"", -1)).hasSize(40_000 + 1);
        CliRunner.Result human = run(Map.of(), null, "state", "guerrero", "--corpus", corpus, "--width", "0");
        assertThat(human.exitCode()).as(human.err()).isZero();
        assertThat(human.out()).contains("[present · big-40k, line 40000 · big-40k/f39999 · corpus " + corpus + "]\n");
        assertThat(run(Map.of(), null, "state", "guerrero").out()).doesNotContain("big-40k");
    }
}
