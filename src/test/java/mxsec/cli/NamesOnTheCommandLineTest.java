package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How what a user types names things: words without quotes, bare fact ids, the likeliest prefix, reports. */
class NamesOnTheCommandLineTest {
    private static CliRunner.Result ok(String... args) {
        CliRunner.Result r = mxsec(args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    /** The id of the entity a profile shows, or of the fact or report a detail shows (JSON output). */
    private static String shownId(String... args) throws Exception {
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 2);
        withJson[args.length] = "-o";
        withJson[args.length + 1] = "json";
        JsonNode json = new ObjectMapper().readTree(ok(withJson).out());
        return (json.has("entity") ? json.get("entity") : json).get("id").asText();
    }

    private static CliRunner.Result usageError(String... args) {
        CliRunner.Result r = mxsec(args);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err()).as(r.toString()).startsWith("mxsec: ").doesNotContain("Exception").endsWith("\n");
        return r;
    }

    @Test
    void profileCommandsTakeTheWordsOfTheLineAsOneName() throws Exception {
        assertThat(shownId("person", "caro", "quintero")).isEqualTo("rafael-caro-quintero");
        assertThat(shownId("state", "nuevo", "leon")).isEqualTo("nuevo-leon");
        // Options may stand before, between or after the words.
        assertThat(ok("state", "-o", "json", "nuevo", "leon").out()).isEqualTo(ok("state", "nuevo leon", "-o", "json").out());
        assertThat(shownId("group", "gulf", "cartel", "--report", "ellis-2022")).isEqualTo("gulf-cartel");
        assertThat(usageError("state", "nuevo", "xyz").err()).startsWith("mxsec: unknown state 'nuevo xyz'");
    }

    @Test
    void compareKeepsOneNamePerArgumentAndSaysToQuoteMultiWordNames() {
        String err = usageError("compare", "nuevo", "leon", "jalisco").err();
        assertThat(err).isEqualTo("mxsec: \"nuevo leon\" names one thing, but compare takes one name per argument: "
                + "quote multi-word names (mxsec compare \"nuevo leon\" ...)\n");
        assertThat(usageError("compare", "cjng", "gulf", "xyzzy").err()).doesNotContain("quote").contains("'xyzzy'");
        assertThat(ok("compare", "nuevo leon", "jalisco", "-o", "json").out()).contains("nuevo-leon").contains("jalisco");
        // --across-reports takes one subject, of one word or several.
        assertThat(ok("compare", "--across-reports", "nuevo", "leon", "-o", "json").out())
                .isEqualTo(ok("compare", "--across-reports", "nuevo leon", "-o", "json").out());
    }

    @Test
    void aFactIdWithoutItsReportShowsThatFactWhenOneReportUsesIt() throws Exception {
        String bare = ok("show", "homicide-rate-2017", "-o", "json").out();
        assertThat(bare).isEqualTo(ok("show", "ellis-2018-may/homicide-rate-2017", "-o", "json").out());
        assertThat(shownId("show", "homicide-rate-2017")).isEqualTo("ellis-2018-may/homicide-rate-2017");
    }

    @Test
    void aFactIdThatSeveralReportsUseListsTheChoices() {
        CliRunner.Result r = usageError("show", "calderon-president");
        assertThat(r.err()).isEqualTo("mxsec: 'calderon-president' is a fact of 2 reports: ellis-2016/calderon-president, "
                + "ellis-2018-may/calderon-president; say which as REPORT/ID\n");
        assertThat(ok("show", "ellis-2016/calderon-president").out()).contains("ellis-2016/calderon-president");
    }

    @Test
    void anEntityOfThatIdStillWinsOverAFact() throws Exception {
        // nestora-salgado is a person and a fact of ellis-2018-mar.
        assertThat(shownId("show", "ellis-2018-mar/nestora-salgado")).isEqualTo("ellis-2018-mar/nestora-salgado");
        assertThat(shownId("show", "nestora-salgado")).isEqualTo("nestora-salgado");
    }

    @Test
    void aMistypedFactIdGetsDidYouMean() {
        assertThat(usageError("show", "homicide-rate-2071").err()).contains("did you mean").contains("ellis-2018-may/homicide-rate-2017");
    }

    @Test
    void theLikeliestReadingOfAPrefixWins() throws Exception {
        // zetas begins with "zeta"; mata-zetas is reached only through its alias "Zeta killers".
        assertThat(shownId("group", "zeta")).isEqualTo("zetas");
        // gulf-cartel begins with "gulf"; the Clan del Golfo only through "Gulf Clan".
        assertThat(shownId("group", "gulf")).isEqualTo("gulf-cartel");
        // A tie at the best rank is still an ambiguity, listed.
        assertThat(usageError("state", "ba").err())
                .isEqualTo("mxsec: 'ba' could be 2 states: baja-california (Baja California), baja-california-sur (Baja California Sur); type more of the name\n");
        // None of them begins with "ca" by id or name, all through an alias: a tie among aliases.
        assertThat(usageError("person", "ca").err()).contains("could be 5 people").contains("felipe-calderon").contains("rafael-caro-quintero");
    }

    @Test
    void reportsAreFoundByPrefixInEveryCommand() throws Exception {
        String byPrefix = ok("compare", "ellis-2016", "felbab", "-o", "json").out();
        assertThat(byPrefix).isEqualTo(ok("compare", "ellis-2016", "felbab-brown-2024", "-o", "json").out());
        assertThat(byPrefix).contains("felbab-brown-2024");
        assertThat(shownId("reports", "felb")).isEqualTo("felbab-brown-2024");
        var listed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ok("timeline", "--report", "FELB", "-o", "json").out());
        assertThat(listed).isNotEmpty().allSatisfy(f -> assertThat(f.get("report").asText()).isEqualTo("felbab-brown-2024"));
        assertThat(usageError("reports", "ellis").err())
                .isEqualTo("mxsec: 'ellis' could be 4 reports: ellis-2016, ellis-2018-mar, ellis-2018-may, ellis-2022; type more of the id\n");
        assertThat(usageError("timeline", "--report", "elis-2016").err()).contains("unknown report 'elis-2016'").contains("ellis-2016");
        assertThat(usageError("compare", "ellis-2016", "cjng").err()).isEqualTo("mxsec: cannot compare reports with other things: ellis-2016, cjng\n");
    }
}
