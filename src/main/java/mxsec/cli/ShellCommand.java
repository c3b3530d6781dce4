package mxsec.cli;

import mxsec.cli.shell.ShellCompleter;
import mxsec.cli.shell.FoldingMatcher;
import mxsec.cli.shell.ScriptLines;
import mxsec.text.Lengths;
import mxsec.cli.completion.CompletionModel;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;

@Command(name = "shell",
        header = "An interactive prompt for every command, with Tab completion and history.",
        description = {"Runs mxsec commands typed at a prompt, exactly as on the command line, with the corpus loaded once. "
                + "Tab completes commands, options, option values and names; history is kept in "
                + "$XDG_STATE_HOME/mxsec/history (default ~/.local/state/mxsec/history). Ctrl-C cancels the line; Ctrl-D "
                + "or 'exit' leaves.",
            "Without a terminal it reads commands line by line from stdin ('#' starts a comment) and exits with the last "
                + "command's code."},
        footer = {"  mxsec shell", "  printf 'state gro\\ngroup cjng\\n' | mxsec shell"})
final class ShellCommand extends BaseCommand {
    /** How the interactive terminal is made; tests substitute a dumb terminal on their own streams. */
    static Function<RunContext, Terminal> terminals = context -> {
        try {
            return TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };

    static boolean inShell;

    @Override
    protected int execute() throws IOException {
        if (inShell) throw new UsageException("already in the shell");
        RunContext context = context();
        boolean interactive = context.in() == System.in ? System.console() != null : context.stdoutIsTerminal();
        inShell = true;
        try {
            return interactive ? interactive(context) : script(context);
        } finally {
            inShell = false;
        }
    }

    /** Consecutive lines that are not commands (not text, too long, no such command) after which the shell stops. */
    static final int MAX_INVALID_RUN = 10;

    /**
     * Lines from stdin, one command each, read with a bound ({@link Lengths#LINE} bytes a line). A line that is not
     * text is skipped with a short message; {@value #MAX_INVALID_RUN} in a row that are not commands stop the shell
     * (exit 2): a binary file or /dev/zero on stdin ends at once, with a few lines of messages.
     */
    private int script(RunContext context) throws IOException {
        ScriptLines lines = new ScriptLines(context.in(), Lengths.LINE);
        DefaultParser parser = new DefaultParser();
        int code = ExitCodes.OK;
        int invalid = 0;
        ScriptLines.Line line;
        while ((line = lines.next()) != null) {
            if (line.text() == null) {
                context.err().println("mxsec: line " + line.number() + ": " + line.problem() + (line.endless() ? "" : ": skipped"));
                code = ExitCodes.USAGE;
                if (line.endless()) return stop(context, "a line with no end in sight");
            } else {
                String trimmed = line.text().strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
                if (trimmed.equals("exit") || trimmed.equals("quit")) break;
                List<String> words = parser.parse(trimmed, trimmed.length()).words();
                code = run(context, context.out(), words);
                if (command(words)) {
                    invalid = 0;
                    continue;
                }
            }
            if (++invalid == MAX_INVALID_RUN) return stop(context, MAX_INVALID_RUN + " lines in a row");
        }
        return code;
    }

    private static int stop(RunContext context, String why) {
        context.err().println("mxsec: stopping: input does not look like commands (" + why + ")");
        context.err().flush();
        return ExitCodes.USAGE;
    }

    /** Whether {@code words} begin with a command's name or an option (a typo is still counted as not a command). */
    private static boolean command(List<String> words) {
        int first = !words.isEmpty() && words.get(0).equals("mxsec") ? 1 : 0;
        if (first >= words.size()) return true;
        String name = words.get(first);
        return name.startsWith("-") || Commands.named(name) != null;
    }

    private int interactive(RunContext context) throws IOException {
        CompletionModel model = CompletionModel.of(Main.commandLine(context), context.corpora().get(List.of(), context.err()));
        try (Terminal terminal = terminals.apply(context)) {
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("mxsec")
                    .completer(new ShellCompleter(model)).completionMatcher(new FoldingMatcher()).parser(new DefaultParser())
                    .option(LineReader.Option.CASE_INSENSITIVE, true);
            Path history = historyFile(context);
            if (history != null) builder.variable(LineReader.HISTORY_FILE, history);
            LineReader reader = builder.build();
            // Buffered, flushed after each command: JLine's writer makes a write to the terminal per print.
            PrintWriter out = new PrintWriter(new java.io.BufferedWriter(terminal.writer(), 1 << 16), false);
            RunContext lineContext = new RunContext(context.in(), out, out, context.env(), true, context.corpora());
            ShellWarmUp warmUp = ShellWarmUp.start(context);
            int code = ExitCodes.OK;
            while (true) {
                String line;
                try {
                    line = reader.readLine("mxsec> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C: drop the line, new prompt
                } catch (EndOfFileException e) {
                    break; // Ctrl-D
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty()) continue;
                if (trimmed.equals("exit") || trimmed.equals("quit")) break;
                if (trimmed.length() > Lengths.LINE) { // a paste that large is not a command: not run, not echoed whole
                    context.err().println("mxsec: " + Lengths.tooLong("a line", trimmed, Lengths.LINE));
                    continue;
                }
                warmUp.stop();
                code = run(lineContext, out, reader.getParsedLine().words());
            }
            warmUp.stop();
            try {
                reader.getHistory().save();
            } catch (IOException | RuntimeException e) {
                context.err().println("mxsec: history not saved: " + e.getMessage());
            }
            return code;
        } catch (java.io.UncheckedIOException e) {
            throw new UsageException("cannot open the terminal: " + e.getCause().getMessage());
        }
    }

    private static int run(RunContext context, PrintWriter out, List<String> words) {
        List<String> args = new ArrayList<>();
        for (String w : words) if (!w.isEmpty()) args.add(w);
        if (!args.isEmpty() && args.get(0).equals("mxsec")) args.remove(0);
        long start = System.nanoTime();
        int code = Main.run(context, args.toArray(String[]::new));
        out.flush();
        context.err().flush();
        mxsec.Trace.took(String.join(" ", args), start);
        return code;
    }

    /** $XDG_STATE_HOME/mxsec/history; null (no history, with a warning) when it cannot be written. */
    private static Path historyFile(RunContext context) {
        Path dir = mxsec.load.XdgDirectory.of(context.env(), "XDG_STATE_HOME", ".local/state");
        try {
            if (dir == null) throw new IOException("no HOME or XDG_STATE_HOME (an absolute path)");
            Files.createDirectories(dir);
            Path file = dir.resolve("history");
            if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(dir)) throw new IOException(dir + " is not writable");
            return file;
        } catch (IOException | RuntimeException e) {
            context.err().println("mxsec: no history this session: " + e.getMessage());
            return null;
        }
    }
}
