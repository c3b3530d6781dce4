package mxsec.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import mxsec.load.BuiltInCorpus;
import mxsec.load.CorpusException;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.load.Problems;
import mxsec.model.Corpus;

/**
 * Coverage-guided fuzzing of the corpus loader: any bytes, as a report file on top of the built-in corpus,
 * either load or fail with positioned problems (CorpusException). Anything else thrown is a bug; Jazzer saves
 * the input under src/test/resources/mxsec/fuzz/CorpusLoaderFuzzTestInputs, where it stays a regression test.
 * In ./mvnw verify this runs the saved inputs, then fuzzes each target for 10 s (see pom.xml); the longRun*
 * variants are for a longer run by hand (README, "Fuzzing").
 */
class CorpusLoaderFuzzTest {
    private static final Corpus BASE = BuiltInCorpus.load();

    @FuzzTest(maxDuration = "10s")
    void anyReportFileLoadsOrFailsWithPositionedProblems(byte[] data) {
        check(Map.of("reports/fuzz.yaml", data));
    }

    @FuzzTest(maxDuration = "10s")
    void anyEntityFileLoadsOrFailsWithPositionedProblems(byte[] data) {
        check(Map.of("entities/fuzz.yaml", data));
    }

    @FuzzTest(maxDuration = "30m")
    void longRunReportFiles(byte[] data) {
        check(Map.of("reports/fuzz.yaml", data));
    }

    private static void check(Map<String, byte[]> files) {
        try {
            CorpusLoader.load(BASE, List.of(CorpusFiles.inMemory("fuzz", files)));
        } catch (CorpusException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problems.Problem p : e.problems()) {
                assertThat(p.location().file()).startsWith("fuzz");
                assertThat(p.message()).isNotBlank();
                // A message never carries a raw control character to the user's terminal.
                assertThat(p.toString().chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)).as(p.toString()).isTrue();
            }
        }
    }
}
