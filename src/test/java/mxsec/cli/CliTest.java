package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import mxsec.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final String FIXTURE = Fixtures.validCorpus().toString();

    @TempDir
    Path temp;

    @Test
    void errorMessagesShowControlCharactersOfWhatWasTypedEscaped() {
        CliRunner.Result unknownName = mxsec("state", "a\u001b[2Jb");
        assertThat(unknownName.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownName.err()).contains("unknown state 'a\\u001B[2Jb'").doesNotContain("\u001b");
        CliRunner.Result unknownOption = mxsec("state", "--\u001b]0;title\u0007");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownOption.err()).contains("\\u001B]0;title\\u0007").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void helpSaysWhatTheCorpusHoldsRatherThanAFixedNumberOfReports() {
        String root = mxsec("--help").out().replaceAll("\\s+", " ");
        assertThat(root).doesNotContain("one of five").doesNotContain("the five reports")
                .contains("The built-in corpus holds five reports (2016-2024); --corpus DIR adds your own");
        assertThat(mxsec("reports", "--help").out()).startsWith("The reports of the corpus, or one with its full citation.");
        // What a run holds is counted, not written down: the fixture corpus adds a sixth report.
        assertThat(mxsec("reports", "--corpus", FIXTURE, "-o", "tsv").out().lines().count()).isEqualTo(1 + 6);
    }

    @Test
    void reportsListsTheBuiltInReportsInDateOrder() {
        CliRunner.Result r = mxsec("reports", "-o", "tsv");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines().map(l -> l.split("\t")[0]))
                .containsExactly("id", "ellis-2016", "ellis-2018-mar", "ellis-2018-may", "ellis-2022", "felbab-brown-2024");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void reportShowsTheFullCitationAsGolden() {
        CliRunner.Result r = mxsec("reports", "test-2020", "--corpus", FIXTURE, "--width", "80");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(Fixtures.golden("reports-test-2020.txt", r.out()));
    }

    @Test
    void reportAsJsonCarriesTheDocumentedFields() throws Exception {
        CliRunner.Result r = mxsec("reports", "test-2020", "--corpus", FIXTURE, "-o", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("id").asText()).isEqualTo("test-2020");
        assertThat(json.get("authors").get(0).asText()).isEqualTo("A. Writer");
        assertThat(json.get("facts").asInt()).isEqualTo(8);
        assertThat(json.get("facts_by_kind").get("statistic").asInt()).isEqualTo(1);
        assertThat(json.get("sections")).hasSize(2);
    }

    @Test
    void reportListAsCsvFollowsRfc4180() {
        CliRunner.Result r = mxsec("reports", "--corpus", FIXTURE, "-o", "csv");
        assertThat(r.out()).startsWith("id,published,authors,facts,title\r\n");
        assertThat(r.out()).contains("\r\ntest-2020,2020-03,A. Writer,8,A Test Report\r\n");
    }

    @Test
    void anUnknownReportGetsDidYouMeanAndExitCode2() {
        CliRunner.Result r = mxsec("reports", "elis-2022");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("mxsec: unknown report 'elis-2022' (did you mean 'ellis-2022'?)\n");
    }

    @Test
    void aUniqueReportPrefixIsEnough() {
        assertThat(mxsec("reports", "felbab", "-o", "json").out()).contains("\"id\" : \"felbab-brown-2024\"");
    }

    @Test
    void validateAcceptsAValidCorpusAndRejectsABrokenOneWithPositionsAndNoStackTrace() {
        CliRunner.Result ok = mxsec("validate", FIXTURE);
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.out()).startsWith("valid: built-in corpus + " + FIXTURE + ": 6 reports,");

        Path broken = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "people: [test-boss]", "people: [test-bos]");
        CliRunner.Result bad = mxsec("validate", broken.toString());
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(3);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).isEqualTo("mxsec: " + broken.resolve("reports/test-2020.yaml")
                + ":27:14: unknown person 'test-bos' (did you mean 'test-boss'?)\nmxsec: the corpus has 1 problem\n");
    }

    @Test
    void aCorpusDirectoryThatIsNotThereIsAUsageError() {
        CliRunner.Result r = mxsec("reports", "--corpus", temp.resolve("nope").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mxsec: --corpus " + temp.resolve("nope") + ": not a directory\n");
    }

    @Test
    void mxsecCorpusEnvironmentVariableAddsACorpus() {
        CliRunner.Result r = new CliRunner().env("MXSEC_CORPUS", FIXTURE).run("reports", "test", "-o", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void verifyChecksFactsAgainstTheSourcesAndFailsWithExitCode4() {
        CliRunner.Result ok = mxsec("verify", "--sources", Fixtures.sources().toString(), "--corpus", FIXTURE, "--allow-missing");
        // Only the fixture report has a text in the fixture sources; the built-in reports are skipped, as asked.
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.err()).contains("mxsec: no reference text for ellis-2016 in").contains("verified 8 facts: 0 failures");
        // Unasked, a report without its text fails: a check that checked nothing is no pass.
        CliRunner.Result missing = mxsec("verify", "--sources", Fixtures.sources().toString(), "--corpus", FIXTURE);
        assertThat(missing.exitCode()).isEqualTo(4);
        assertThat(missing.err()).contains("mxsec: no reference text for ellis-2016 in ").contains("(--allow-missing skips it)");
        Path emptyDir = temp.resolve("no-texts");
        assertThat(emptyDir.toFile().mkdir()).isTrue();
        CliRunner.Result empty = mxsec("verify", "--sources", emptyDir.toString(), "--corpus", FIXTURE);
        assertThat(empty.exitCode()).isEqualTo(4);
        assertThat(empty.err()).contains("verified 0 facts: 0 failures");
        // A text in another encoding is a failure named as such, not a crash.
        Path odd = temp.resolve("odd-texts");
        assertThat(odd.toFile().mkdirs()).isTrue();
        try {
            java.nio.file.Files.write(odd.resolve("test-2020.txt"), new byte[] {'T', 'e', (byte) 0xe9, 's', 't', '\n'});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRunner.Result oddRun = mxsec("verify", "--sources", odd.toString(), "--corpus", FIXTURE, "--allow-missing");
        assertThat(oddRun.exitCode()).as(oddRun.toString()).isEqualTo(4);
        assertThat(oddRun.out()).contains(": test-2020: reference text test-2020.txt is not UTF-8 text\n");
        assertThat(oddRun.err()).doesNotContain("Exception").doesNotContain("\tat ");

        Path broken = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "as_written: \"34,000\"", "as_written: \"35,000\"");
        CliRunner.Result bad = mxsec("verify", "--sources", Fixtures.sources().toString(), "--corpus", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(4);
        assertThat(bad.out()).isEqualTo(broken.resolve("reports/test-2020.yaml")
                + ":12: test-2020/homicides-2019: figure '35,000' (as_written) is not in lines 4\n");
    }

    @Test
    void verifyWithoutSourcesIsAUsageError() {
        CliRunner.Result r = mxsec("verify");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mxsec: verify needs the reference texts: " + SourcesOptions.WHERE + "\n")
                .contains("--sources DIR or set MXSEC_SOURCES");
    }

    @Test
    void helpHasExamplesAndExitCodes() {
        for (String command : new String[] {"reports", "validate", "verify"}) {
            CliRunner.Result r = mxsec(command, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Examples:").contains("Exit codes:").contains("mxsec " + command);
        }
        assertThat(mxsec("--help").out()).contains("Examples:").contains("reports").contains("verify");
    }

    @Test
    void versionPrintsTheVersionAndCorpusSize() {
        CliRunner.Result r = mxsec("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).matches("(?s)mxsec \\d+\\.\\d+\\.\\d+.*\ncorpus: 5 reports, \\d+ facts, \\d+ entities\n");
    }

    @Test
    void aMistypedCommandGetsSuggestionsAndExitCode2() {
        CliRunner.Result r = mxsec("reprots");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("mxsec: Unmatched argument at index 0: 'reprots'").contains("reports");
        CliRunner.Result none = mxsec();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("mxsec: a command is required");
    }

    @Test
    void noEscapeBytesWhenPipedOrNoColorButColourOnATerminal() {
        assertThat(mxsec("reports").out()).doesNotContain("\u001b");
        assertThat(new CliRunner().terminal().env("NO_COLOR", "1").run("reports").out()).doesNotContain("\u001b");
        assertThat(new CliRunner().terminal().env("TERM", "dumb").run("reports").out()).doesNotContain("\u001b");
        assertThat(new CliRunner().terminal().run("reports", "--color", "never").out()).doesNotContain("\u001b");
        assertThat(new CliRunner().terminal().run("reports").out()).contains("\u001b[1m");
        assertThat(mxsec("reports", "--color", "always").out()).contains("\u001b[1m");
        assertThat(new CliRunner().env("CLICOLOR_FORCE", "1").run("reports").out()).contains("\u001b[1m");
        assertThat(new CliRunner().terminal().run("reports", "-o", "json").out()).doesNotContain("\u001b");
    }
}
