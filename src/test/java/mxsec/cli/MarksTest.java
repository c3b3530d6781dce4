package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mxsec.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The marks of human output (~, *, ≠) are explained where they appear: a legend after an answer that carries
 * them, listing only those it carries, and the help of every command that can print them.
 */
class MarksTest {
    private static final String APPROXIMATE = "~ approximate date";
    private static final String INFERRED = "* date inferred from context";
    private static final String DIFFERS = "\u2260 another report contradicts it";
    private static final String DIFFERS_ASCII = "!= another report contradicts it";
    private static final String LINKS = DIFFERS + "; \u2192 a later report describes a later state; "
            + "\u2190 an earlier report described an earlier state; = another report says the same";
    private static final String LINKS_ASCII = DIFFERS_ASCII + "; -> a later report describes a later state; "
            + "<- an earlier report described an earlier state; = another report says the same";

    /** The legend: the last line of the answer, after a blank line. */
    private static String legend(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines.length).as(r.toString()).isGreaterThan(2);
        assertThat(lines[lines.length - 2]).as(r.toString()).isEmpty();
        return lines[lines.length - 1];
    }

    @Test
    void theTimelineExplainsItsApproximateAndInferredDatesAndDisagreements() {
        CliRunner.Result r = mxsec("timeline", "--width", "0");
        assertThat(r.out()).containsPattern("(?m)^\\d{4}(-\\d\\d){0,2}~ ").containsPattern("(?m)^\\d{4}(-\\d\\d){0,2}\\* ")
                .contains(" \u2260 ");
        assertThat(legend(r)).isEqualTo("Marks: " + APPROXIMATE + "; " + INFERRED + "; " + LINKS);

        CliRunner.Result ascii = mxsec("timeline", "--width", "0", "--ascii");
        assertThat(ascii.out()).doesNotContain("\u2260").contains(" != ").doesNotContain("\u2192").contains(" -> ");
        assertThat(legend(ascii)).isEqualTo("Marks: " + APPROXIMATE + "; " + INFERRED + "; " + LINKS_ASCII);
    }

    @Test
    void figuresSayTheirBoundsInWordsAndChartsExplainTheirSigns() {
        // The table says bounds in words (no sign to explain); the marks are those of the links.
        CliRunner.Result r = mxsec("figures", "--width", "0");
        assertThat(r.out()).contains("up to 245 groups", "more than 300 groups", "hundreds of thousands (\u2265 200,000 people)")
                .doesNotContain("245~", "~300").contains(" \u2260 ");
        assertThat(legend(r)).isEqualTo("Marks: " + LINKS);
        assertThat(legend(mxsec("figures", "--width", "0", "--ascii"))).isEqualTo("Marks: " + LINKS_ASCII);
        assertThat(legend(mxsec("figures", "--width", "0", "-o", "plain"))).isEqualTo("Marks: " + LINKS);
        // A chart labels each bar with a sign for its bound, and the legend says what each sign printed means.
        CliRunner.Result chart = mxsec("figures", "--measure", "criminal-groups", "--width", "0");
        assertThat(chart.out()).contains(" \u2264 245\n", " > 300\n");
        assertThat(legend(chart)).isEqualTo("Marks: > more than; \u2264 up to; " + DIFFERS);
        assertThat(legend(mxsec("figures", "--measure", "criminal-groups", "--width", "0", "--ascii")))
                .isEqualTo("Marks: > more than; <= up to; " + DIFFERS_ASCII);
    }

    @Test
    void aProfileExplainsOnlyTheMarksItCarries() {
        CliRunner.Result r = mxsec("group", "cjng", "--width", "0");
        assertThat(legend(r)).isEqualTo("Marks: " + APPROXIMATE + "; " + INFERRED + "; " + LINKS);
        CliRunner.Result dim = mxsec("group", "cjng", "--width", "0", "--color", "always");
        assertThat(dim.out()).endsWith("\n\n\u001b[2m" + legend(r) + "\u001b[0m\n");
    }

    @Test
    void anAnswerWithoutMarksHasNoLegend() {
        String fixture = Fixtures.validCorpus().toString();
        List<List<String>> unmarked = List.of(List.of("state", "test-guerrero", "--corpus", fixture),
                List.of("timeline", "--corpus", fixture, "--report", "test-2020"), List.of("figures", "--corpus", fixture, "--report", "test-2020"),
                List.of("reports"), List.of("topics"), List.of("timeline", "-o", "csv"), List.of("timeline", "-o", "md"),
                List.of("figures", "-o", "json"), List.of("group", "cjng", "-o", "plain"), List.of("show", "cjng"));
        for (List<String> args : unmarked) {
            CliRunner.Result r = mxsec(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).as(r.toString()).doesNotContain("Marks:", "\u2260");
        }
    }

    /** Every command's help explains every mark its answers carry: the legends of answers, found in the help. */
    @Test
    void theHelpOfACommandExplainsTheMarksItPrints() {
        List<String[]> answers = List.of(new String[] {"timeline"}, new String[] {"timeline", "--kind", "statistic"},
                new String[] {"figures"}, new String[] {"figures", "--topic", "homicide"}, new String[] {"state", "guerrero"},
                new String[] {"group", "cjng"}, new String[] {"person", "chapo"}, new String[] {"search", "cjng"},
                new String[] {"policy", "merida"});
        List<String> missing = new ArrayList<>();
        for (String[] args : answers) {
            CliRunner.Result r = mxsec(withWidth(args));
            String legend = legend(r);
            assertThat(legend).as(r.toString()).startsWith("Marks: ");
            String help = mxsec(args[0], "--help").out().replace("\n", " ");
            for (String entry : legend.substring("Marks: ".length()).split("; ")) {
                for (String meaning : entry.substring(entry.indexOf(' ') + 1).split(" or ")) {
                    if (!help.contains(entry.substring(0, entry.indexOf(' ')) + " ") || !help.contains(meaning)) {
                        missing.add(args[0] + ": " + entry);
                    }
                }
            }
        }
        assertThat(missing).as("marks printed but not explained in the command's help").isEmpty();
    }

    @Test
    void theHelpOfEveryMarkedCommandExplainsItsMarks() {
        String links = "\u2260 another report contradicts it (!= in ASCII); \u2192 a later report describes a later state (-> in ASCII); "
                + "\u2190 an earlier report described an earlier state (<- in ASCII); = another report says the same.";
        Map<String, String> expected = Map.of("timeline", "Marks: ~ approximate date; * date inferred from context; " + links,
                "figures", "Marks: \u2248 about (~ in ASCII); \u2265 at least (for a vague quantity, the floor its words imply) (>= in ASCII); "
                        + "> more than; \u2264 up to (<= in ASCII); < fewer than; " + links,
                "recommendations", "Marks: ~ approximate date; * date inferred from context; " + links);
        expected.forEach((command, text) -> assertThat(mxsec(command, "--help").out().replace("\n", " ")).contains(text));
        for (String command : List.of("state", "group", "person", "institution", "policy", "place", "administration", "search")) {
            assertThat(mxsec(command, "--help").out().replace("\n", " ")).as(command).contains(expected.get("timeline"));
        }
        for (String command : List.of("compare", "show", "map", "lineage", "graph", "reports", "topics")) {
            assertThat(mxsec(command, "--help").out()).as(command).doesNotContain("Marks:");
        }
    }

    private static String[] withWidth(String[] args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--width";
        all[args.length + 1] = "0";
        return all;
    }
}
