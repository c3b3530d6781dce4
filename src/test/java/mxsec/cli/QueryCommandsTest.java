package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import mxsec.Fixtures;
import org.junit.jupiter.api.Test;

/** Exit codes, messages and documented fields of the query commands, on the fixture and the built-in corpus. */
class QueryCommandsTest {
    private static final String FIXTURE = Fixtures.validCorpus().toString();
    private static final java.nio.file.Path FIXTURE_PATH = Fixtures.validCorpus();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStateNoReportDiscussesSaysSoPlainlyWithExitCode1() {
        CliRunner.Result r = mxsec("state", "aguascalientes");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("Aguascalientes: not mentioned in the 5 reports searched "
                + "(ellis-2016, ellis-2018-mar, ellis-2018-may, ellis-2022, felbab-brown-2024)\n");
    }

    @Test
    void filtersThatExcludeEverythingAreNotDenial() {
        CliRunner.Result r = mxsec("group", "test-cartel", "--corpus", FIXTURE, "--since", "2030");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith("Cártel de Prueba: no facts match the filters in the 6 reports searched (");
        CliRunner.Result json = mxsec("group", "test-cartel", "--corpus", FIXTURE, "--since", "2030", "-o", "json");
        assertThat(json.out()).isEqualTo("[ ]\n");
        assertThat(json.err()).startsWith("mxsec: Cártel de Prueba: no facts match the filters");
    }

    @Test
    void aMistypedNameGetsDidYouMeanAndExitCode2() {
        CliRunner.Result r = mxsec("group", "cjgn");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("mxsec: unknown group 'cjgn'; did you mean cjng (").endsWith("?\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void compareRefusesToMixKinds() {
        CliRunner.Result r = mxsec("compare", "cjng", "guerrero");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mxsec: cannot compare a group (cjng) with a state (guerrero); compare things of one kind\n");
    }

    @Test
    void compareTakesTheKindEveryNameCanBe() {
        CliRunner.Result r = mxsec("compare", "cjng", "sinaloa", "-o", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"columns\" : [ \"cjng\", \"sinaloa-cartel\" ]");
    }

    @Test
    void badFilterValuesAreUsageErrors() {
        assertThat(mxsec("timeline", "--since", "2018-13").err()).startsWith("mxsec: --since: '2018-13' is not a real date");
        assertThat(mxsec("timeline", "--topic", "homicdie").err()).isEqualTo("mxsec: unknown topic 'homicdie' (did you mean 'homicide'?)\n");
        assertThat(mxsec("timeline", "--kind", "events").exitCode()).isEqualTo(2);
        assertThat(mxsec("state", "guerrero", "-o", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void asOfKeepsOnlyWhatReportsPublishedByThenSaid() throws Exception {
        CliRunner.Result r = mxsec("group", "cjng", "--as-of", "2018-04", "-o", "json");
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("entity").get("reports")).extracting(JsonNode::asText).containsExactly("ellis-2016", "ellis-2018-mar");
    }

    @Test
    void factJsonCarriesTheDocumentedFields() throws Exception {
        JsonNode facts = JSON.readTree(mxsec("timeline", "--group", "test-cartel", "--corpus", FIXTURE, "-o", "json").out());
        JsonNode f = facts.get(0);
        for (String field : new String[] {"id", "report", "kind", "date", "summary", "states", "groups", "people", "institutions",
            "policies", "places", "administrations", "topics", "source", "notes", "editor_note", "links"}) {
            assertThat(f.has(field)).as(field + " in " + f).isTrue();
        }
        assertThat(f.get("source").get("citation").asText()).isEqualTo("test-2020, \u201cThe Threat\u201d, \u00b61 \u201cIn January 2016 marines of the\u201d");
        assertThat(f.get("source").get("paragraph").asInt()).isEqualTo(1);
        assertThat(f.get("source").get("anchor").asText()).isEqualTo("In January 2016 marines of the");
        assertThat(f.get("source").get("lines").asText()).isEqualTo("5-6");
    }

    @Test
    void linksBetweenReportsSayHowTheyRelate() throws Exception {
        // The 2016 alliance and the 2018 rivalry: a later state, not a contradiction.
        JsonNode fact = JSON.readTree(mxsec("show", "ellis-2016/cjng-sinaloa-alliance", "-o", "json").out());
        assertThat(fact.get("links")).anySatisfy(l -> {
            assertThat(l.get("type").asText()).isEqualTo("updated_by");
            assertThat(l.get("id").asText()).isEqualTo("ellis-2018-mar/cjng-sinaloa-rivalry");
            assertThat(l.get("report").asText()).isEqualTo("ellis-2018-mar");
        });
        assertThat(fact.get("links")).noneSatisfy(l -> assertThat(l.get("type").asText()).isEqualTo("contradicts"));
        String human = mxsec("group", "cjng", "--kind", "relationship", "--report", "ellis-2016", "--width", "0").out();
        assertThat(human).contains("\u2192 by 2018, ellis-2018-mar: ").doesNotContain("\u2260");
        // The helicopter's month: a contradiction, said as what the other report says.
        String helicopter = mxsec("show", "ellis-2016/cjng-helicopter-downing", "--width", "0").out();
        assertThat(helicopter).contains("contradicts ellis-2018-mar/cjng-helicopter-downing: ");
        assertThat(mxsec("group", "cjng", "--report", "ellis-2016", "--kind", "event", "--width", "0").out())
                .contains("\u2260 ellis-2018-mar says May 2015 [ellis-2018-mar/cjng-helicopter-downing]");
        // Veracruz: the Zetas in 2018, the CJNG by 2022, linked as an update.
        assertThat(mxsec("state", "veracruz", "--width", "0").out())
                .containsPattern("\u2192 by 2022, ellis-2022: [^\n]*CJNG dominated the Gulf-facing state of Veracruz[^\n]* \\[ellis-2022/cjng-dominates-veracruz\\]");
    }

    /** The reports of every link of every fact of a profile's JSON. */
    private static List<String> linkedReports(String json) throws Exception {
        List<String> reports = new java.util.ArrayList<>();
        for (JsonNode section : JSON.readTree(json).get("sections")) {
            for (JsonNode f : section) for (JsonNode l : f.get("links")) reports.add(l.get("report").asText());
        }
        return reports;
    }

    @Test
    void underAsOfLinksToLaterReportsAreNeitherShownNorCounted() throws Exception {
        List<String> linked = linkedReports(mxsec("group", "cjng", "--as-of", "2018-12-31", "-o", "json").out());
        assertThat(linked).isNotEmpty().allSatisfy(r -> assertThat(r).isIn("ellis-2016", "ellis-2018-mar", "ellis-2018-may"));
        assertThat(linkedReports(mxsec("group", "cjng", "-o", "json").out())).contains("ellis-2022", "felbab-brown-2024");
        for (String format : List.of("table", "csv", "tsv", "md", "yaml", "jsonl")) {
            String out = mxsec("group", "cjng", "--as-of", "2018-12-31", "-o", format, "--width", "0").out();
            // Notes may name a later report in words; no link may point at one of its facts.
            assertThat(out).as(format).doesNotContain("[ellis-2022/", "[felbab-brown-2024/")
                    .doesNotContainPattern("(contradicts|updates|updated_by|agrees)\"?[ :,]+\"?(id\" : \")?(ellis-2022|felbab-brown-2024)/");
        }
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String c : new String[] {"state", "group", "person", "institution", "policy", "place", "administration", "timeline",
            "compare", "figures", "search", "show", "recommendations", "topics"}) {
            CliRunner.Result r = mxsec(c, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).as(c).contains("Examples:").contains("  mxsec " + c).contains("Exit codes:");
        }
    }

    @Test
    void noEscapeReachesAPipeOrANoColorRun() {
        for (String[] args : new String[][] {{"state", "guerrero"}, {"group", "cjng"}, {"compare", "cjng", "sinaloa"}, {"timeline"}, {"figures"}}) {
            assertThat(mxsec(args).out()).doesNotContain("\u001b");
            assertThat(new CliRunner().terminal().env("NO_COLOR", "1").run(args).out()).doesNotContain("\u001b");
            assertThat(new CliRunner().terminal().run(args).out()).contains("\u001b[");
        }
    }

    @Test
    void csvHasAHeaderAndQuotesCellsWithCommas() {
        String csv = mxsec("figures", "--topic", "homicide", "-o", "csv").out();
        assertThat(csv).startsWith("date,value,bound,low,high,unit,measure,scope,as_written,report,section,paragraph,anchor,lines,links,summary,id\r\n");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotContain("\u001b"));
    }

    @Test
    void searchRanksAndReportsSilence() {
        CliRunner.Result r = mxsec("search", "huachicoleros", "-o", "tsv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().skip(1).findFirst().orElse("")).contains("huachicol");
        CliRunner.Result none = mxsec("search", "zzzqqq");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.out()).startsWith("no fact matches 'zzzqqq' in the 5 reports searched (ellis-2016, ");
    }

    @Test
    void spreadsheetFormulasAreGuardedUnlessRaw() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mxsec-csv");
        mxsec.Fixtures.copy(FIXTURE_PATH, dir.resolve("c"));
        java.nio.file.Path report = dir.resolve("c/reports/test-2020.yaml");
        java.nio.file.Files.writeString(report, java.nio.file.Files.readString(report)
                .replace("summary: The author sees the Test Cartel as the main threat.", "summary: \"=HYPERLINK(\\\"http://x\\\")\""));
        String corpus = dir.resolve("c").toString();
        String guarded = mxsec("show", "test-2020/intro-judgement", "--corpus", corpus, "-o", "csv").out();
        assertThat(guarded).contains("summary,\"'=HYPERLINK(").doesNotContain("summary,\"=HYPERLINK");
        String tsv = mxsec("show", "test-2020/intro-judgement", "--corpus", corpus, "-o", "tsv").out();
        assertThat(tsv).contains("summary\t'=HYPERLINK(");
        String raw = mxsec("show", "test-2020/intro-judgement", "--corpus", corpus, "-o", "csv", "--raw").out();
        assertThat(raw).contains("summary,\"=HYPERLINK(");
        // Numbers are not text: a negative figure stays a number.
        assertThat(mxsec("figures", "--report", "test-2020", "--corpus", FIXTURE, "-o", "csv").out()).contains(",34000,");
    }

    /** Replaces the built-in cjng, the topic homicide and links to a built-in fact, each on purpose (overrides:, extends:). */
    private static final String OVERRIDES = Fixtures.resource("fixtures/overrides").toString();

    @Test
    void anOverridesCorpusReplacesOnPurposeAndEveryAnswerNamesTheCorpusOfWhatItHolds() throws Exception {
        var user = JSON.readTree(mxsec("group", "cjng", "--corpus", OVERRIDES, "-o", "json").out()).get("entity");
        assertThat(user.get("name").asText()).isEqualTo("Cártel Jalisco (user's entry)");
        assertThat(user.get("corpus").asText()).isEqualTo(OVERRIDES);
        var builtIn = JSON.readTree(mxsec("group", "cjng", "-o", "json").out()).get("entity");
        assertThat(builtIn.get("name").asText()).isEqualTo("Cártel de Jalisco Nueva Generación");
        assertThat(builtIn.has("corpus")).as("built-in output is as it was").isFalse();
        assertThat(mxsec("topics", "--corpus", OVERRIDES, "-o", "csv").out()).contains("\r\nhomicide,").contains(",killings as this user counts them\r\n");

        CliRunner.Result state = mxsec("state", "guerrero", "--corpus", OVERRIDES, "--width", "0");
        assertThat(state.exitCode()).as(state.toString()).isZero();
        assertThat(state.out()).contains("[present · user-2025, line 1 · user-2025/nuevos-in-guerrero · corpus " + OVERRIDES + "]\n")
                .contains("≠ user-2025 says otherwise: The user disputes that poppy drives Guerrero's violence. [user-2025/guerrero-poppy-disputed · corpus "
                        + OVERRIDES + "]\n");
        assertThat(state.out()).doesNotContain("[ellis-2022, “State by State”, ¶7 “The state of Guerrero is a” · ellis-2022/guerrero-poppy-heroin · corpus");
        assertThat(mxsec("show", "ellis-2022/guerrero-poppy-heroin", "--corpus", OVERRIDES, "--width", "0").out())
                .contains("contradicts user-2025/guerrero-poppy-disputed (corpus " + OVERRIDES + "): The user disputes");

        String csv = mxsec("facts", "--corpus", OVERRIDES, "--state", "guerrero", "-o", "csv").out();
        assertThat(csv).startsWith("id,report,corpus,kind,");
        assertThat(csv).contains("\r\nuser-2025/nuevos-in-guerrero,user-2025," + OVERRIDES + ",presence,")
                .contains("\r\nellis-2022/guerrero-poppy-heroin,ellis-2022,built-in,assessment,");
        var jsonl = mxsec("facts", "--corpus", OVERRIDES, "--report", "user-2025", "-o", "jsonl").out().split("\n");
        assertThat(JSON.readTree(jsonl[0]).get("corpus").asText()).isEqualTo(OVERRIDES);
        assertThat(mxsec("facts", "-o", "csv", "--report", "ellis-2016").out()).startsWith("id,report,kind,");
    }

    @Test
    void anExactIdWinsOverAnAliasSpelledTheSame() throws Exception {
        // nuevos-rivales has the alias LOS-NUEVOS, which is the id of los-nuevos: the id wins, in one kind and across kinds.
        assertThat(JSON.readTree(mxsec("group", "LOS-NUEVOS", "--corpus", OVERRIDES, "-o", "json").out()).get("entity").get("id").asText())
                .isEqualTo("los-nuevos");
        assertThat(JSON.readTree(mxsec("show", "Los-Nuevos", "--corpus", OVERRIDES, "-o", "json").out()).get("id").asText()).isEqualTo("los-nuevos");
        // sinaloa: the state's id, and an alias of the Sinaloa Cartel
        CliRunner.Result show = mxsec("show", "sinaloa", "-o", "json");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(JSON.readTree(show.out()).get("kind").asText()).isEqualTo("state");
        assertThat(JSON.readTree(mxsec("group", "sinaloa", "-o", "json").out()).get("entity").get("id").asText()).isEqualTo("sinaloa-cartel");
    }
}
