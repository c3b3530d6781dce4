package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An argument is repeated in a message escaped, on one line, and not whole when long: an escape sequence cannot
 * recolour the terminal, a newline cannot forge a line "mxsec: …", thousands of characters are not printed back.
 */
class ArgumentsInMessagesTest {
    private static final String HOSTILE = "\u001b[31mPWN\u2028\nmxsec: forged\u202e\u200bX";

    static Stream<List<String>> commandsThatRepeatWhatWasTyped() {
        return Stream.of(List.of("group", HOSTILE), List.of("show", HOSTILE), List.of("show", "ellis-2016/" + HOSTILE),
                List.of("state", "guerrero", "-o", HOSTILE), List.of(HOSTILE), List.of("state", "guerrero", "--x" + HOSTILE),
                List.of("facts", "--kind", HOSTILE), List.of("facts", "--topic", HOSTILE), List.of("search", HOSTILE),
                List.of("search", "cjng", "--type", HOSTILE), List.of("timeline", "--report", HOSTILE), List.of("cite", HOSTILE),
                List.of("completion", HOSTILE), List.of("figures", "--group", HOSTILE));
    }

    @ParameterizedTest
    @MethodSource("commandsThatRepeatWhatWasTyped")
    void anArgumentIsEscapedAndStaysOnItsLine(List<String> args) {
        CliRunner.Result r = mxsec(args.toArray(String[]::new));
        String all = r.out() + r.err();
        assertThat(all).as(r.toString()).contains("\\u001B[31mPWN\\u2028\\u000Amxsec: forged\\u202E\\u200BX");
        assertThat(all.lines()).as(r.toString()).noneMatch(line -> line.startsWith("mxsec: forged"));
        assertThat(all.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x202e || c == 0x200b || c == 0x2028)).isEmpty();
    }

    static Stream<List<String>> commandsWithALongName() {
        String longName = "q".repeat(5_000); // (131,000, the most one argument can be, is the length bound's test)
        return Stream.of(List.of("group", longName), List.of("show", longName), List.of("state", "guerrero", "-o", longName),
                List.of("facts", "--kind", longName), List.of(longName), List.of("state", "--x" + longName));
    }

    @ParameterizedTest
    @MethodSource("commandsWithALongName")
    void aLongArgumentIsNotRepeatedWhole(List<String> args) {
        CliRunner.Result r = mxsec(args.toArray(String[]::new));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().length()).as(r.err().substring(0, Math.min(500, r.err().length()))).isLessThan(1_000);
        assertThat(r.err()).doesNotContain("q".repeat(81)).containsPattern("5,?00[0-9]"); // its length, not its text
    }
}
