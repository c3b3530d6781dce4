package mxsec.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check of the lint on a fixture broken in one way, its exceptions, and the built-in corpus clean. */
class CorpusLintTest {
    @TempDir
    Path temp;

    private List<String> findings(Path dir, String exceptions) throws Exception {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.directory(dir)));
        CorpusLint.Exceptions ex = CorpusLint.Exceptions.read(new ByteArrayInputStream(exceptions.getBytes(StandardCharsets.UTF_8)));
        return CorpusLint.run(corpus, ex).stream().map(f -> f.toString().replace(dir + "/", "")).toList();
    }

    private Path broken(String find, String replace) {
        return Fixtures.brokenCopy(temp.resolve(String.valueOf((find + replace).hashCode())), "reports/test-2020.yaml", find, replace);
    }

    @Test
    void theValidFixtureAndTheBuiltInCorpusHaveNoFindings() throws Exception {
        assertThat(findings(Fixtures.validCorpus(), "{}")).isEmpty();
        Corpus builtIn = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        assertThat(CorpusLint.run(builtIn, CorpusLint.Exceptions.builtIn())).isEmpty();
    }

    @Test
    void aSummaryThatLeansOnItsNeighbourIsFound() throws Exception {
        Path dir = broken("summary: The Test Navy captured El Jefe, leader of the Test Cartel.", "summary: In the same month it captured El Jefe, leader of the Test Cartel.");
        assertThat(findings(dir, "{}")).containsExactly("reports/test-2020.yaml:23:9: anaphora: test-2020/boss-captured: "
                + "the summary leans on a neighbour (\"In the same month …\"): name its subject and say its time");
        assertThat(findings(broken("summary: The author sees", "summary: Despite that, the author sees"), "{}"))
                .singleElement().asString().contains("anaphora: test-2020/intro-judgement");
        // An exception silences it, and says so when it is no longer needed.
        assertThat(findings(dir, "anaphora: [test-2020/boss-captured]")).isEmpty();
        assertThat(findings(Fixtures.validCorpus(), "anaphora: [test-2020/boss-captured]"))
                .containsExactly("corpus/lint-exceptions.yaml:1:1: anaphora: test-2020/boss-captured: this exception is no longer needed: remove it");
    }

    @Test
    void anEntityTheSummaryNamesMustBeReferenced() throws Exception {
        Path dir = broken("summary: The Test Cartel dominates Guerrero Test.", "summary: The Test Cartel dominates Guerrero Test and Ciudad Prueba.");
        assertThat(findings(dir, "{}")).containsExactly("reports/test-2020.yaml:32:9: unreferenced: test-2020/cartel-dominant-guerrero: "
                + "the summary names place 'test-city' (Ciudad Prueba) but the fact does not reference it");
        assertThat(findings(dir, "unreferenced: [test-2020/cartel-dominant-guerrero place:test-city]")).isEmpty();
        assertThat(findings(dir, "names: [Ciudad Prueba]")).isEmpty();
        // A name inside a longer name of another entity is that entity's: "Test Framework" holds no other name here.
        assertThat(findings(broken("summary: The author sees the Test Cartel as the main threat.",
                "summary: The author sees the Test Cartel (CDP) as the main threat."), "{}")).isEmpty();
    }

    @Test
    void aYearInTheSummaryOfAnUndatedFactIsFound() throws Exception {
        Path dir = broken("summary: The author sees the Test Cartel as the main threat.", "summary: The author sees the Test Cartel as the main threat since 2019.");
        assertThat(findings(dir, "{}")).containsExactly("reports/test-2020.yaml:73:9: undated: test-2020/intro-judgement: "
                + "the summary gives 2019 but the fact has no date: give it one (inferred: true when worked out)");
    }

    @Test
    void notesThatSpeakOfOutsideKnowledgeBelongInAnEditorsNote() throws Exception {
        Path dir = broken("    topics: [strategy]", "    topics: [strategy]\n    notes: Press accounts name the author's sources.");
        assertThat(findings(dir, "{}")).containsExactly("reports/test-2020.yaml:73:9: outside: test-2020/intro-judgement: "
                + "the notes speak of knowledge from elsewhere (\"Press\"): move it to editor_note");
        Path moved = broken("    topics: [strategy]", "    topics: [strategy]\n    editor_note: Press accounts name the author's sources.");
        assertThat(findings(moved, "{}")).isEmpty();
    }
}
