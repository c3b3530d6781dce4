package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Over-long arguments, in-process (the system caps one argument at 128 KiB, so a 131,000-character one cannot
 * come through exec): refused at once with an excerpt and the length, exit 2, never echoed whole.
 */
class ArgumentBoundsTest {
    private static final String LONG = "x".repeat(131_000);
    private static final String EXCERPT = "x".repeat(40) + "\u2026";

    @Test
    void anyArgumentOverTheLimitIsRefusedQuickly() {
        for (String[] args : new String[][] {{"show", LONG}, {"group", LONG}, {"state", "--since", LONG}, {LONG}, {"search", LONG}}) {
            long start = System.nanoTime();
            CliRunner.Result r = mxsec(args);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(r.toString()).isLessThan(Duration.ofSeconds(2));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("mxsec: an argument is at most 4,096 characters; this one has 131,000: '" + EXCERPT + "'\n");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aNameOverTwoHundredCharactersNamesNothing() {
        String name = "cjng ".repeat(41); // 205: begins like a real name, so prefix matching would have work to do
        String excerpt = name.substring(0, 40) + "\u2026";
        for (String[] args : new String[][] {{"group", name}, {"show", name}, {"cite", name}, {"facts", "--group", name},
                {"timeline", "--report", name}}) {
            CliRunner.Result r = mxsec(args);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args).substring(0, 20)).isEqualTo("mxsec: a name is at most 200 characters; this one has 205: '" + excerpt + "'\n");
        }
        // At the limit it is still a name: matched, and unknown with suggestions as ever.
        CliRunner.Result atLimit = mxsec("group", "cjngx" + "y".repeat(195));
        assertThat(atLimit.exitCode()).isEqualTo(2);
        assertThat(atLimit.err()).startsWith("mxsec: unknown group 'cjngx");
    }

    @Test
    void aSearchQueryOverAThousandCharactersIsRefused() {
        String[] words = new String[200];
        java.util.Arrays.fill(words, "cartel");
        String[] args = new String[201];
        args[0] = "search";
        System.arraycopy(words, 0, args, 1, 200);
        CliRunner.Result r = mxsec(args);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mxsec: a search query is at most 1,000 characters; this one has 1,399: '"
                + "cartel cartel cartel cartel cartel carte\u2026'\n");
    }

    @Test
    void anArgumentWithEscapesIsShownEscapedInTheExcerpt() {
        CliRunner.Result r = mxsec("group", "\u001b[31m" + "y".repeat(300));
        assertThat(r.err()).startsWith("mxsec: a name is at most 200 characters; this one has 305: '\\u001B[31m" + "y".repeat(35) + "\u2026'");
    }
}
