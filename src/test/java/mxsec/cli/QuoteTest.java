package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mxsec.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quote}: the cited passage with its evidence marked, from --sources or MXSEC_SOURCES; without texts, where to get them. */
class QuoteTest {
    private static final String FIXTURE = Fixtures.validCorpus().toString();
    private static final String SOURCES = Fixtures.sources().toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The reports' reference texts beside the project; CI has them, a fresh clone elsewhere may not. */
    private static Path sharedSources() {
        Path dir = Path.of("..", "shared", "sources");
        boolean there = Files.isRegularFile(dir.resolve("ellis-2016.txt"));
        if (!there && System.getenv("CI") != null) throw new AssertionError("CI: no reference texts in " + dir.toAbsolutePath());
        Assumptions.assumeTrue(there, "no reference texts in ../shared/sources");
        return dir;
    }

    @Test
    void showQuotesTheSentenceWithTheFifteenPolice() {
        CliRunner.Result r = mxsec("show", "ellis-2016/cjng-police-killed-15", "--quote", "--sources", sharedSources().toString(), "--width", "0");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).containsPattern("passage: +\u2026.* \u00bbIn one month, CJNG demonstrated its quietly accumulated power .*"
                + "the ambush and murder of 15 Mexican federal police officers sent to respond, .*helicopter\\.\u00ab\n");
    }

    @Test
    void theEnvironmentNamesTheTextsTooAndJsonSplitsThePassage() throws Exception {
        CliRunner.Result r = new CliRunner().env("MXSEC_SOURCES", SOURCES)
                .run("show", "test-2020/homicides-2019", "--corpus", FIXTURE, "--quote", "-o", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode passage = JSON.readTree(r.out()).get("passage");
        assertThat(passage.get("file").asText()).isEqualTo("test-2020.txt");
        assertThat(passage.get("evidence").asText()).startsWith("In 2019 Mexico saw 34,000 homicides");
        assertThat(passage.get("problem").isNull()).isTrue();
    }

    @Test
    void profilesAndFactsQuoteEachFact() {
        CliRunner.Result profile = mxsec("group", "test-cartel", "--corpus", FIXTURE, "--quote", "--sources", SOURCES, "--ascii");
        assertThat(profile.exitCode()).isZero();
        assertThat(profile.out()).contains(">>In January 2016 marines of the");
        CliRunner.Result csv = mxsec("facts", "--corpus", FIXTURE, "--report", "test-2020", "--quote", "--sources", SOURCES, "-o", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",links,passage");
    }

    @Test
    void withoutTextsItSaysWhereToGetThem(@TempDir Path empty) {
        CliRunner.Result none = new CliRunner().env("MXSEC_SOURCES", "").run("show", "test-2020/homicides-2019", "--corpus", FIXTURE, "--quote");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).startsWith("mxsec: --quote needs the reference texts: give --sources DIR or set MXSEC_SOURCES")
                .contains("DIR/<report-id>.txt");
        CliRunner.Result missing = mxsec("show", "test-2020/homicides-2019", "--corpus", FIXTURE, "--quote", "--sources", empty.toString());
        assertThat(missing.exitCode()).isZero();
        assertThat(missing.out()).contains("passage:").contains("(no passage: no test-2020.txt in the sources directory)");
        assertThat(missing.err()).isEqualTo("mxsec: --quote: no test-2020.txt in the sources directory\n");
        CliRunner.Result notDir = mxsec("show", "test-2020/homicides-2019", "--corpus", FIXTURE, "--quote", "--sources", empty.resolve("nope").toString());
        assertThat(notDir.exitCode()).isEqualTo(2);
        assertThat(notDir.err()).endsWith(": not a directory\n");
    }
}
