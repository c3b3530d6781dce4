package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The detector of {@link ColumnsTest} on small cases: it finds touching columns and only them. */
class ColumnGapsTest {
    private static final String CYAN = "\u001b[36m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    @Test
    void aLabelAsLongAsItsColumnTouchesTheText() {
        // What `mxsec search trump` printed: the kind column is 12 wide, "administration" 14.
        String out = CYAN + "person      " + RESET + "donald-trump (Donald Trump)\n"
                + CYAN + "policy      " + RESET + "us-border-wall (US-Mexico border wall)\n"
                + CYAN + "administration" + RESET + "us-trump-administration-2017 (Trump administration (2017-2021))\n"
                + CYAN + "            " + RESET + "Donald Trump's populist anti-Mexican rhetoric has given a very public voice\n"
                + "            [ellis-2016, line 3 \u00b7 ellis-2016/trump-rhetoric]\n";
        ColumnGaps.Report r = ColumnGaps.check(out);
        assertThat(r.violations()).hasSize(1);
        assertThat(r.violations().get(0).line()).isEqualTo(2);
        assertThat(r.violations().get(0).column()).isEqualTo(12);
        assertThat(r.boundaries()).isEqualTo(1);
    }

    @Test
    void aTableCellRunningIntoTheNextIsFound() {
        String out = "ID      NAME\ncjng    Jalisco\nsinaloa-cartelSinaloa\ngulf    Gulf\n";
        assertThat(ColumnGaps.check(out).violations()).extracting(ColumnGaps.Violation::line).containsExactly(2);
    }

    @Test
    void headingsLabelsOnTheirOwnLineHangingIndentsAndProseAreNotColumns() {
        String out = BOLD + "Groups present" + RESET + "\n"
                + CYAN + "2018-03     " + RESET + "In Guerrero the CJNG is just one actor among many\n"
                + "            of them, and so on.\n"
                + CYAN + "2015-01..2016-03" + RESET + "\n"
                + "            The EPR guerrilla group originated in the state of Guerrero.\n"
                + "\n"
                + BOLD + "        Secretar\u00eda de la Defensa  Secretar\u00eda de Marina" + RESET + "\n"
                + row("aspect", "\u2022 a statement long", "\u2022 another statement")
                + row("", "  enough to wrap", "  that wraps onto a")
                + row("", "\u2022 and one more", "  second line")
                + "\n"
                + "a line of prose with words that start anywhere at all\n"
                + "and another line of prose whose words start elsewhere\n";
        ColumnGaps.Report r = ColumnGaps.check(out);
        assertThat(r.violations()).isEmpty();
        assertThat(r.boundaries()).isPositive();
    }

    /** A row of a comparison grid: the aspect in 8 columns, the first column in 24, two spaces, the second. */
    private static String row(String aspect, String first, String second) {
        return (aspect + " ".repeat(8 - aspect.length())) + first + " ".repeat(24 - first.length()) + "  " + second + "\n";
    }

    @Test
    void coloursAreNotText() {
        assertThat(ColumnGaps.strip(CYAN + "2018" + RESET + "  x")).isEqualTo("2018  x");
    }
}
