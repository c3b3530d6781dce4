package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The help texts stored at build time are what picocli renders now, and a run prints them where it would render. */
class HelpTextsTest {
    private static final GeneratedHelpTexts STORED = new GeneratedHelpTexts();

    @Test
    void everyStoredHelpIsWhatPicocliRenders() {
        assertThat(HelpTexts.commands()).hasSize(Commands.values().length); // the root, and all but help
        for (String command : HelpTexts.commands()) {
            for (boolean color : new boolean[] {false, true}) {
                assertThat(STORED.text(command, color)).as("help of '%s', colour %s", command, color)
                        .isEqualTo(HelpTexts.render(command, color));
            }
        }
        assertThat(STORED.text("no-such-command", false)).isNull();
    }

    @Test
    void aRunPrintsTheStoredHelpInTheColourItWouldGet() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"state", "--help"}, {"compare", "-h"}}) {
            String command = args.length == 1 ? "" : args[0];
            CliRunner.Result plain = CliRunner.mxsec(args);
            assertThat(plain.exitCode()).isZero();
            assertThat(plain.out()).isEqualTo(STORED.text(command, false)).doesNotContain("\u001b[");
            assertThat(plain.err()).isEmpty();
            CliRunner.Result terminal = new CliRunner().terminal().run(args);
            assertThat(terminal.out()).isEqualTo(STORED.text(command, true)).contains("\u001b[");
            assertThat(new CliRunner().terminal().env("NO_COLOR", "1").run(args).out()).isEqualTo(STORED.text(command, false));
        }
    }

    @Test
    void otherCommandLinesAreLeftToPicocli() {
        RunContext context = new RunContext(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                java.util.Map.of(), false);
        assertThat(HelpTexts.asked(context, new String[] {"state", "guerrero", "--help"})).isNull();
        assertThat(HelpTexts.asked(context, new String[] {"help", "--help"})).isNull();
        assertThat(HelpTexts.asked(context, new String[] {"nosuch", "--help"})).isNull();
        assertThat(HelpTexts.asked(context, new String[] {"--help", "--help"})).isNull();
        assertThat(HelpTexts.asked(context, new String[] {"state", "--help"})).isEqualTo(STORED.text("state", false));
        // Still help, rendered by picocli: the same text.
        assertThat(CliRunner.mxsec("state", "--color", "never", "--help").out()).isEqualTo(STORED.text("state", false));
    }
}
