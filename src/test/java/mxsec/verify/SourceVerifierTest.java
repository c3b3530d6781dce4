package mxsec.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceVerifierTest {
    @TempDir
    Path temp;

    private List<String> failures(Path corpusDir) throws Exception {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.directory(corpusDir)));
        SourceVerifier.Result result = new SourceVerifier(corpus, Fixtures.sources()).run();
        return result.failures().stream().map(f -> f.toString().replace(corpusDir + "/", "")).toList();
    }

    @Test
    void theValidFixtureMatchesItsSource() throws Exception {
        assertThat(failures(Fixtures.validCorpus())).isEmpty();
    }

    @Test
    void aFigureNotInTheCitedLinesFails() throws Exception {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "as_written: \"34,000\"", "as_written: \"35,000\"");
        assertThat(failures(dir)).containsExactly(
                "reports/test-2020.yaml:12: test-2020/homicides-2019: figure '35,000' (as_written) is not in lines 4");
    }

    @Test
    void aValueThatContradictsTheFigureAsWrittenFails() throws Exception {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "value: 34000", "value: 3400");
        assertThat(failures(dir)).containsExactly(
                "reports/test-2020.yaml:12: test-2020/homicides-2019: value 3400 does not match as_written '34,000'");
    }

    @Test
    void aNumberOfTheSummaryNotInTheLinesFails() throws Exception {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "captured El Jefe,", "captured El Jefe and 12 others,");
        assertThat(failures(dir)).containsExactly(
                "reports/test-2020.yaml:23: test-2020/boss-captured: number 12 of the summary is not in lines 5-6");
    }

    @Test
    void linesUnderAnotherHeadingFail() throws Exception {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "{section: Recommendations, lines: 13}", "{section: The Threat, lines: 13}");
        assertThat(failures(dir)).containsExactly(
                "reports/test-2020.yaml:65: test-2020/cooperate-more: lines 13 stand under 'Recommendations', not 'The Threat'");
    }

    @Test
    void linesPastTheEndAndMissingEntitiesFail() throws Exception {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "{section: The Threat, lines: 9}", "{section: The Threat, lines: 4}");
        assertThat(failures(dir)).containsExactly(
                "reports/test-2020.yaml:57: test-2020/framework-created: none of the entities it names (test-framework) is in lines 4");
        Path dir2 = Fixtures.brokenCopy(temp.resolve("b"), "reports/test-2020.yaml", "lines: 1}", "lines: 99}");
        assertThat(failures(dir2)).containsExactly(
                "reports/test-2020.yaml:73: test-2020/intro-judgement: lines 99 are past the end of the text (13 lines)");
    }
}
