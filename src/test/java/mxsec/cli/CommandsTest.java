package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The registry of commands ({@link Commands}) is whole: every subcommand picocli knows has an entry with a need, a
 * warm-up (or {@link Commands.WarmUp#NONE}) and the formats its {@code -o} takes; every declared format renders, and
 * a format not declared is refused.
 */
class CommandsTest {
    /** Representative arguments of commands the shell does not warm up but which take -o. */
    private static final Map<String, String[]> EXAMPLES = Map.of("administration", new String[] {"administration", "amlo"},
            "cite", new String[] {"cite", "felbab-brown-2024/exec-sheinbaum-opportunity", "guerrero"});

    private static CommandLine commandLine() {
        Map<String, String> env = new HashMap<>();
        RunContext context = new RunContext(java.io.InputStream.nullInputStream(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), env, false, new LoadedCorpora(env));
        return Main.commandLine(context);
    }

    @Test
    void everyRegisteredCommandHasAnEntryAndEveryEntryIsRegistered() {
        List<String> entries = new ArrayList<>();
        for (Commands c : Commands.values()) entries.add(c.command);
        assertThat(commandLine().getSubcommands().keySet()).containsExactlyElementsOf(entries);
        assertThat(Commands.names()).containsExactlyElementsOf(entries);
    }

    @Test
    void everyEntryDeclaresItsNeedFormatsAndWarmUp() {
        for (Commands c : Commands.values()) {
            assertThat(c.need()).as(c.command).isNotNull();
            assertThat(c.formats).as(c.command).isNotNull();
            assertThat(c.warmUp()).as(c.command).isNotNull();
            assertThat(c.type().getAnnotation(CommandLine.Command.class)).as(c.command).isNotNull();
            for (String[] line : c.warmUp()) assertThat(line[0]).as(c.command + " warm-up").isEqualTo(c.command);
            if (c.formats != Commands.Formats.NONE) {
                assertThat(c.warmUp().length > 0 || EXAMPLES.containsKey(c.command))
                        .as(c.command + ": a warm-up or an example to render its formats with").isTrue();
            }
        }
    }

    @Test
    void warmUpsRunAsTheShellRunsThem() {
        for (Commands c : Commands.values()) {
            for (String[] line : c.warmUp()) {
                CliRunner.Result r = CliRunner.mxsec(line);
                // 2: `state zzz` warms up the path of an unknown name
                assertThat(r.exitCode()).as(String.join(" ", line) + "\n" + r).isIn(0, 1, 2);
                assertThat(r.err()).as(String.join(" ", line)).doesNotContain("Exception");
            }
        }
    }

    @Test
    void declaredFormatsAreWhatTheFormatOptionTakes() {
        CommandLine root = commandLine();
        for (Commands c : Commands.values()) {
            CommandLine.Model.OptionSpec o = root.getSubcommands().get(c.command).getCommandSpec().findOption("-o");
            if (c.formats == Commands.Formats.NONE) {
                assertThat(o).as(c.command + " declares no formats but has -o").isNull();
                continue;
            }
            assertThat(o).as(c.command + " declares formats but has no -o").isNotNull();
            List<String> candidates = new ArrayList<>();
            for (String s : o.completionCandidates()) candidates.add(s);
            assertThat(candidates).as(c.command).containsExactlyElementsOf(c.formats.names());
        }
    }

    static Stream<Arguments> declaredFormats() {
        List<Arguments> all = new ArrayList<>();
        for (Commands c : Commands.values()) {
            for (String format : c.formats.names()) all.add(Arguments.of(c.command, format));
        }
        return all.stream();
    }

    private static String[] example(Commands c) {
        return c.warmUp().length > 0 ? c.warmUp()[0] : EXAMPLES.get(c.command);
    }

    private static String[] with(String[] line, String... more) {
        String[] args = java.util.Arrays.copyOf(line, line.length + more.length);
        System.arraycopy(more, 0, args, line.length, more.length);
        return args;
    }

    @ParameterizedTest(name = "{0} -o {1}")
    @MethodSource("declaredFormats")
    void everyDeclaredFormatRenders(String command, String format) {
        Commands c = Commands.named(command);
        String[] args = with(example(c), "-o", format);
        CliRunner.Result r = CliRunner.mxsec(args);
        assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
        assertThat(r.err()).as(r.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        if (r.exitCode() == 0) assertThat(r.out()).as(r.toString()).isNotBlank();
    }

    @Test
    void aFormatNotDeclaredIsRefused() {
        for (Commands c : Commands.values()) {
            if (c.formats == Commands.Formats.NONE) continue;
            String undeclared = c.formats.names().contains("dot") ? "xml" : "dot";
            CliRunner.Result r = CliRunner.mxsec(with(example(c), "-o", undeclared));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(r.toString()).startsWith("mxsec: unknown format '" + undeclared + "' for 'mxsec "
                    + c.command + "': the formats are " + String.join(", ", c.formats.names()));
        }
    }
}
