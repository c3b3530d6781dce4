package mxsec.cli;

import mxsec.cli.shell.ShellCompleter;
import mxsec.cli.shell.FoldingMatcher;
import mxsec.cli.completion.CompletionModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {
    @TempDir
    Path temp;

    @AfterEach
    void restoreTerminals() {
        ShellCommand.terminals = ShellCommandTest::unused;
    }

    private static org.jline.terminal.Terminal unused(RunContext c) {
        throw new IllegalStateException("no terminal in tests");
    }

    @Test
    void withoutATerminalItRunsCommandsLineByLineAndKeepsGoingAfterErrors() {
        CliRunner.Result r = new CliRunner().stdin("state gro\n# a comment\n\ngroup cjgn\nreports -o csv\n").run("shell");
        assertThat(r.out()).contains("iso:     MX-GRO").contains("\nellis-2016,2016-01,R. Evan Ellis,");
        assertThat(r.err()).isEqualTo("mxsec: unknown group 'cjgn'; did you mean cjng (Cártel de Jalisco Nueva Generación)?\n");
        assertThat(r.exitCode()).as("the last command's code").isZero();
        assertThat(new CliRunner().stdin("reports\ngroup cjgn\n").run("shell").exitCode()).isEqualTo(2);
        assertThat(new CliRunner().stdin("shell\n").run("shell").err()).isEqualTo("mxsec: already in the shell\n");
    }

    @Test
    void onATerminalItPromptsRunsAndKeepsHistory() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        byte[] typed = "state gro -o csv\nexit\n".getBytes(StandardCharsets.UTF_8);
        ShellCommand.terminals = c -> {
            try {
                return new org.jline.terminal.impl.DumbTerminal(new ByteArrayInputStream(typed), screen);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        StringWriter err = new StringWriter();
        RunContext context = new RunContext(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), Map.of("XDG_STATE_HOME", temp.toString()), true, new LoadedCorpora(Map.of()));
        int code = Main.run(context, "shell");
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(code).as(shown + err).isZero();
        assertThat(shown).contains("mxsec> ").contains("presence,ellis-2018-mar/cjng-guerrero");
        assertThat(Files.readString(temp.resolve("mxsec/history"))).contains("state gro -o csv");
    }

    @Test
    void anUnwritableHomeMeansNoHistoryAndAClearWord() throws Exception {
        Path readOnly = Files.createDirectory(temp.resolve("ro"));
        readOnly.toFile().setWritable(false);
        ShellCommand.terminals = c -> {
            try {
                return new org.jline.terminal.impl.DumbTerminal(new ByteArrayInputStream("exit\n".getBytes()), new ByteArrayOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        StringWriter err = new StringWriter();
        RunContext context = new RunContext(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), Map.of("XDG_STATE_HOME", readOnly.resolve("state").toString()), true, new LoadedCorpora(Map.of()));
        assertThat(Main.run(context, "shell")).isZero();
        if (!"root".equals(System.getProperty("user.name"))) { // root can write anywhere
            assertThat(err.toString()).startsWith("mxsec: no history this session: ");
        }
    }

    @Test
    void tabCompletesCommandsNamesOptionsAndValues() {
        RunContext context = new RunContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false);
        ShellCompleter completer = new ShellCompleter(CompletionModel.of(Main.commandLine(context), CorpusOptions.load(List.of())));
        assertThat(complete(completer, "state gu")).contains("guanajuato", "guerrero").doesNotContain("sinaloa");
        assertThat(complete(completer, "")).contains("group", "state", "shell", "exit");
        assertThat(complete(completer, "gr")).containsExactly("group", "graph");
        assertThat(complete(completer, "timeline --topic h")).contains("homicide", "heroin", "human-rights", "history");
        assertThat(complete(completer, "group --fo")).contains("--format");
        assertThat(complete(completer, "compare cj")).containsExactly("cjng");
        assertThat(complete(completer, "compare ")).contains("cjng", "sinaloa-cartel", "guerrero", "ellis-2022");
    }

    @Test
    void matchingIgnoresAccentsAndCase() {
        FoldingMatcher matcher = new FoldingMatcher();
        String line = "state MICHOACÁ";
        var parsed = (org.jline.reader.CompletingParsedLine) new DefaultParser().parse(line, line.length(), org.jline.reader.Parser.ParseContext.COMPLETE);
        matcher.compile(Map.of(), true, parsed, true, 0, null);
        List<Candidate> all = List.of(new Candidate("michoacan"), new Candidate("morelos"), new Candidate("mexico"));
        assertThat(matcher.matches(all)).extracting(Candidate::value).containsExactly("michoacan");
    }

    private static List<String> complete(ShellCompleter completer, String line) {
        List<Candidate> candidates = new ArrayList<>();
        var parsed = new DefaultParser().parse(line, line.length());
        completer.complete(null, parsed, candidates);
        // JLine keeps the candidates that start with the word typed, ignoring case (LineReader.Option.CASE_INSENSITIVE)
        String word = parsed.word().toLowerCase(java.util.Locale.ROOT);
        return candidates.stream().map(Candidate::value).filter(v -> v.toLowerCase(java.util.Locale.ROOT).startsWith(word)).toList();
    }
}
