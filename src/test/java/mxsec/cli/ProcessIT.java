package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar as users run it: in pipes, with real stdout, stderr and exit codes. */
class ProcessIT {
    private static final String JAR = System.getProperty("mxsec.jar", "target/mxsec.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** Runs a bash pipeline with pipefail, so mxsec's own exit code counts; a leading "mxsec" runs the jar. */
    private static CliRunner.Result shell(String pipeline) throws IOException, InterruptedException {
        String mxsec = "'" + JAVA + "' -jar '" + JAR + "'";
        Process p = new ProcessBuilder(List.of("bash", "-c", "set -o pipefail; " + pipeline.replaceFirst("^mxsec ", java.util.regex.Matcher.quoteReplacement(mxsec + " ")))).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new CliRunner.Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * The jar keeps only the Lucene classes its analysis reaches (the shade plugin's minimizeJar): its searches must
     * rank as the full Lucene on the test class path does, with nothing on stderr.
     */
    @Test
    void theJarsTrimmedLuceneSearchesAsTheFullOneDoes() throws Exception {
        mxsec.model.Corpus corpus = mxsec.load.BuiltInCorpus.load();
        String[] queries = {"fentanyl china", "demobilized farc", "Michoacán autodefensas comunitarias", "murders guerrero",
            "huachicoleros clash with troops", "defence organisation", "jalisco cartel cdmx", "U.S. extradite 2,000",
            "\"fuel theft\" -guanajuato", "la mayiza", "desaparecidos"};
        for (String q : queries) {
            // 30 rows: shell() reads the output once the process ends, so it must fit the pipe's buffer.
            List<String> expected = new java.util.ArrayList<>();
            for (mxsec.query.Search.Hit h : mxsec.query.Search.search(corpus, q, mxsec.query.FactFilter.ALL, 30, mxsec.query.Search.Type.FACT).facts()) {
                expected.add(h.fact().globalId());
            }
            CliRunner.Result r = shell("mxsec search --type fact --limit 30 -o tsv -- " + q.replace("\"", "'\"'"));
            assertThat(r.err()).as(q).isEmpty();
            List<String> got = new java.util.ArrayList<>();
            for (String line : r.out().lines().skip(1).toList()) got.add(line.split("\t")[1]);
            assertThat(got).as(q).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void headEndsQuietly() throws Exception {
        CliRunner.Result r = shell("mxsec timeline | head -1");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).as(r.toString()).isEmpty();
    }

    @Test
    void pipedOutputHasNoEscapesAndErrorsGoToStderrWithTheirExitCode() throws Exception {
        CliRunner.Result ok = shell("mxsec group cjng | cat");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("Cártel de Jalisco Nueva Generación").doesNotContain("\u001b");
        CliRunner.Result bad = shell("mxsec group cjgn | cat");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith("mxsec: unknown group 'cjgn'").doesNotContain("Exception");
    }

    @Test
    void jsonFromThePipeParses() throws Exception {
        CliRunner.Result r = shell("mxsec state guerrero -o json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[\"entity\"][\"iso\"])'");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("MX-GRO\n");
    }

    @Test
    void theDistributionArchiveUnpacksAndRuns(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path archive = Path.of(JAR).resolveSibling("mxsec-" + VersionProvider.version() + ".tar.gz");
        assertThat(archive).exists();
        assertThat(archive.resolveSibling("mxsec-" + VersionProvider.version() + ".zip")).exists();
        Tools.run(List.of("tar", "xzf", archive.toString(), "-C", temp.toString()));
        Path home = temp.resolve("mxsec-" + VersionProvider.version());
        for (String f : List.of("bin/mxsec", "lib/mxsec.jar", "completions/mxsec.bash", "completions/_mxsec", "completions/mxsec.fish",
                "man/man1/mxsec.1", "man/man1/mxsec-state.1", "README.md", "LICENSE")) {
            assertThat(home.resolve(f)).as(f).exists();
        }
        // Through a symlink, as when linked into ~/.local/bin.
        Path link = temp.resolve("mxsec-link");
        java.nio.file.Files.createSymbolicLink(link, home.resolve("bin/mxsec"));
        Path cache = temp.resolve("cache");
        // Archives that earlier versions left: the launcher keeps the four newest.
        Path jvm = java.nio.file.Files.createDirectories(cache.resolve("mxsec/jvm"));
        for (int i = 1; i <= 5; i++) {
            Path old = java.nio.file.Files.writeString(jvm.resolve("mxsec-" + i + (i % 2 == 0 ? ".aot" : ".jsa")), "old");
            java.nio.file.Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000L * i));
        }
        String run = "XDG_CACHE_HOME='" + cache + "' '" + link + "' reports -o tsv | cut -f1";
        CliRunner.Result r = shell(run);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("id\nellis-2016\n");
        // The first run trained a class-data archive for this JVM in the XDG cache; later runs use it, same answer.
        try (var files = java.nio.file.Files.list(jvm)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(4).contains("mxsec-5.jsa", "mxsec-4.aot", "mxsec-3.jsa");
            assertThat(names.stream().filter(n -> !n.matches("mxsec-[1-5]\\.(jsa|aot)")).toList()).singleElement()
                    .satisfies(name -> assertThat(name).matches("mxsec-[0-9]+\\.(jsa|aot)"));
        }
        CliRunner.Result again = shell(run);
        assertThat(again.out()).isEqualTo(r.out());
        assertThat(again.err()).doesNotContain("preparing");
        // No writable cache: no archive, the same answer.
        CliRunner.Result uncached = shell("XDG_CACHE_HOME=/proc/nonexistent '" + link + "' reports -o tsv | cut -f1");
        assertThat(uncached.exitCode()).as(uncached.toString()).isZero();
        assertThat(uncached.out()).isEqualTo(r.out());
    }

    @Test
    void theInteractiveShellCompletesAndRunsInARealTerminal() throws Exception {
        Tools.require(Tools.Tool.TMUX);
        String session = "mxsec-shell-" + ProcessHandle.current().pid();
        Path state = java.nio.file.Files.createTempDirectory("mxsec-state");
        Tools.run(List.of("tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "30",
                "env XDG_STATE_HOME=" + state + " TERM=xterm '" + JAVA + "' -jar '" + JAR + "' shell"));
        try {
            String screen = waitFor(session, "mxsec>"); // tmux trims the prompt's trailing space
            Tools.run(List.of("tmux", "send-keys", "-t", session, "state gu", "Tab"));
            Tools.sleep(300);
            Tools.run(List.of("tmux", "send-keys", "-t", session, "Tab"));
            screen = waitFor(session, "guerrero");
            assertThat(screen).contains("guanajuato").contains("guerrero");
            Tools.run(List.of("tmux", "send-keys", "-t", session, "C-u", "reports -o tsv", "Enter"));
            screen = waitFor(session, "felbab-brown-2024");
            Tools.run(List.of("tmux", "send-keys", "-t", session, "C-c"));
            Tools.run(List.of("tmux", "send-keys", "-t", session, "exit", "Enter"));
            Tools.sleep(800);
            assertThat(java.nio.file.Files.readString(state.resolve("mxsec/history"))).contains("reports -o tsv");
        } finally {
            new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
        }
    }

    private static String waitFor(String session, String text) throws Exception {
        String screen = "";
        for (int i = 0; i < 60 && !screen.contains(text); i++) {
            Tools.sleep(250);
            screen = Tools.run(List.of("tmux", "capture-pane", "-t", session, "-p"));
        }
        assertThat(screen).as("screen").contains(text);
        return screen;
    }
}
