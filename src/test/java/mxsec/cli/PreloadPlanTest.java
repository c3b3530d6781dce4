package mxsec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code Main} reads ahead on the second core for a command line (see {@link Main#preload}). The table was
 * written from the behaviour before the command registry ({@link Commands}) took the decision over; it must not
 * change unless a command's needs do. {@code start}: the preload thread runs; {@code facts}: it decodes every fact
 * (also what a --corpus prefetch is told); {@code names}: it builds the name index of every kind.
 */
class PreloadPlanTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "'' | facts",
        "--help | facts",
        "-V | facts",
        "--corpus x state guerrero | facts",
        "help | facts",
        "help state | facts",
        "shell | facts",
        "state --help | facts",
        "state | start facts",
        "state guerrero | start",
        "state guerrero -o json | start",
        "state -o json | start facts",
        "state guerrero --across-reports | start facts",
        "group cjng | start",
        "group | start facts",
        "person chapo | start",
        "institution semar | start",
        "policy merida | start",
        "place tijuana | start",
        "administration amlo | start",
        "compare cjng sinaloa | start names",
        "compare cjng sinaloa --across-reports | start facts names",
        "compare | start facts names",
        "search fentanyl | start search",
        "search | start facts",
        "show cjng | start names",
        "show cjng -o json | start names",
        "show felbab-brown-2024/f1 | start facts names",
        "show | start facts names",
        "cite felbab-brown-2024 | start names",
        "cite cjng -o bibtex | start names",
        "cite ellis-2022/cienfuegos-charges-dropped -o ris | start facts names",
        "cite | start facts names",
        "figures | start",
        "figures --topic homicide | start",
        "recommendations | start",
        "recommendations --actor congress | start",
        "timeline | start",
        "timeline --since 2018 --group sinaloa | start",
        "map | start",
        "map -o json | start",
        "map --topic homicide | start facts",
        "map --top homicide | start facts",
        "topics | start facts",
        "lineage | start facts",
        "graph | start facts",
        "graph -o dot | start facts",
        "reports | start facts",
        "validate | start facts",
        "verify | start facts",
        "completion bash | start facts",
        "nosuchcommand | start facts",
        "nosuchcommand x | start facts",
    })
    void picksTheSamePreloadAsBefore(String line, String expected) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        int plan = Main.preload(args);
        String got = ((plan & Main.START) != 0 ? "start " : "") + ((plan & Main.ALL_FACTS) != 0 ? "facts " : "")
                + ((plan & Main.ALL_NAMES) != 0 ? "names " : "") + ((plan & Main.SEARCH_INDEX) != 0 ? "search " : "");
        assertEquals(expected, got.trim(), line);
    }
}
