package mxsec.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.text.ReferenceText;
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
    void theBoundsFixtureMatchesItsSourcesBoundWordsIncluded() throws Exception {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.builtIn(), CorpusFiles.directory(Fixtures.resource("fixtures/bounds"))));
        assertThat(new SourceVerifier(corpus, Fixtures.sources()).run().failures()).isEmpty();
    }

    private static String bound(String text, mxsec.model.Bound bound, String asWritten) {
        var made = bound == mxsec.model.Bound.RANGE ? mxsec.model.Statistics.of(bound, "245", "300") : mxsec.model.Statistics.of(bound, "245");
        var stat = new mxsec.model.Fact.Statistic(made.value(), made.low(), made.high(), bound, made.unit(), made.measure(), null, asWritten);
        return SourceVerifier.boundProblem(mxsec.text.Fold.fold(text), stat);
    }

    /** A bound word before the figure must be the data's bound, and the data's bound must stand before the figure. */
    @Test
    void aStatisticsBoundIsHeldToTheWordsBeforeItsFigure() {
        mxsec.model.Bound exact = mxsec.model.Bound.EXACT, atMost = mxsec.model.Bound.AT_MOST, moreThan = mxsec.model.Bound.MORE_THAN;
        // "more than" in the text, exact in the data: the data says less than the text.
        assertThat(bound("There were more than 245 groups.", exact, "245"))
                .isEqualTo("the text puts 'were more than' before the figure (bound 'more-than'), but its bound is 'exact'");
        assertThat(bound("an estimated losses of over $245 a year", exact, "$245")).contains("(bound 'more-than')");
        assertThat(bound("as many as 245 groups", moreThan, "245")).contains("(bound 'at-most'), but its bound is 'more-than'");
        // The data claims a ceiling the text does not write.
        assertThat(bound("There were 245 groups.", atMost, "245"))
                .startsWith("its bound is 'at-most', but no word for it (no more than, a maximum of, as many as");
        // Right: the words stand right before the number, inside as_written or before it, or earlier in the sentence.
        assertThat(bound("as many as 245 groups", atMost, "as many as 245")).isNull();
        assertThat(bound("as many as 245 groups", atMost, "245")).isNull();
        assertThat(bound("Morena is, at best, expected to win 245 seats.", atMost, "245")).isNull();
        assertThat(bound("with approximately USD $245 million", mxsec.model.Bound.ABOUT, "USD $245 million")).isNull();
        assertThat(bound("groups fight over the same 245 crossings", exact, "245")).isNull();
        assertThat(bound("between 245 and 300", mxsec.model.Bound.RANGE, "245 and 300")).isNull();
        assertThat(bound("at most 245 to 300 seats", mxsec.model.Bound.RANGE, "245 to 300")).isNull();
        // "15" inside "2015" is not the figure: the bound words before the real one count.
        assertThat(bound("In 2015 more than 245 died.", exact, "245")).contains("'more-than'");
        // A vague figure's number is a vague plural, never a number.
        assertThat(bound("hundreds of thousands were displaced", mxsec.model.Bound.VAGUE, "hundreds of thousands")).isNull();
        assertThat(bound("245 were displaced", mxsec.model.Bound.VAGUE, "245")).contains("not a vague quantity");
    }

    @Test
    void aBoundWordInTheTextThatTheDataLacksFailsVerify() throws Exception {
        Path dir = Fixtures.copy(Fixtures.resource("fixtures/bounds"), temp.resolve("corpus"));
        Path report = dir.resolve("reports/bounds-2022.yaml");
        String text = java.nio.file.Files.readString(report);
        java.nio.file.Files.writeString(report, text.replace("    bound: more-than\n    low: 300\n", "    value: 300\n")
                .replace("as_written: \"more than 300\"", "as_written: \"300\""));
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.builtIn(), CorpusFiles.directory(dir)));
        assertThat(new SourceVerifier(corpus, Fixtures.sources()).run().failures()).extracting(Object::toString)
                .containsExactly(report + ":9: bounds-2022/groups-more-than-300: the text puts 'were more than' before the figure "
                        + "(bound 'more-than'), but its bound is 'exact' (lines 2)");
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
    void anAnchorMustStandInTheCitedLinesAndTheParagraphBeTheirs() throws Exception {
        Path wrongAnchor = Fixtures.brokenCopy(temp.resolve("a"), "reports/test-2020.yaml", "anchor: \"In 2021 the Test Framework was\"",
                "anchor: \"In 2022 the Test Framework was\"");
        assertThat(failures(wrongAnchor)).containsExactly(
                "reports/test-2020.yaml:57: test-2020/framework-created: anchor 'In 2022 the Test Framework was' is not in lines 9");
        Path wrongParagraph = Fixtures.brokenCopy(temp.resolve("p"), "reports/test-2020.yaml", "lines: 13, paragraph: 1,", "lines: 13, paragraph: 2,");
        assertThat(failures(wrongParagraph)).containsExactly(
                "reports/test-2020.yaml:65: test-2020/cooperate-more: line 13 is paragraph 1 of 'Recommendations', not 2");
        Path none = Fixtures.brokenCopy(temp.resolve("n"), "reports/test-2020.yaml", "lines: 13, paragraph: 1, anchor: \"The United States should deepen cooperation\"}",
                "lines: 13}");
        assertThat(failures(none)).containsExactly("reports/test-2020.yaml:65: test-2020/cooperate-more: no anchor: give the source a "
                + "'paragraph' and an 'anchor' (the opening words of the evidence sentence)");
    }

    @Test
    void anchorsAreComparedWithCaseQuotesSpacesAndLineEndHyphensFolded() {
        String text = ReferenceText.forAnchors("In one month, the \u201cCJNG\u201d demon-\n  strated   its power");
        assertThat(text).contains(ReferenceText.forAnchors("in one month, the \"cjng\" demonstrated its"));
        assertThat(text).doesNotContain(ReferenceText.forAnchors("In one year, the"));
    }

    @Test
    void paragraphsAreRunsOfLinesOrEachLineOfATextWithoutBlankLines() {
        ReferenceText wrapped = new ReferenceText(List.of("Title", "", "First para", "goes on.", "", "Second", " Third starts indented", "and goes on."));
        assertThat(wrapped.paragraph(4, 0, java.util.Set.of())).isEqualTo(2);
        assertThat(wrapped.paragraph(6, 0, java.util.Set.of())).isEqualTo(3);
        assertThat(wrapped.paragraph(8, 0, java.util.Set.of())).isEqualTo(4);
        assertThat(wrapped.paragraph(8, 3, java.util.Set.of(3))).isEqualTo(3);
        ReferenceText lines = new ReferenceText(List.of("One.", "Two.", "Three."));
        assertThat(lines.paragraph(3, 0, java.util.Set.of())).isEqualTo(3);
    }

    @Test
    void linesUnderAnotherHeadingFail() throws Exception {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "{section: Recommendations, lines: 13,", "{section: The Threat, lines: 13,");
        assertThat(failures(dir)).containsExactly(
                "reports/test-2020.yaml:65: test-2020/cooperate-more: lines 13 stand under 'Recommendations', not 'The Threat'");
    }

    @Test
    void linesPastTheEndAndMissingEntitiesFail() throws Exception {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "{section: The Threat, lines: 9,", "{section: The Threat, lines: 4,");
        assertThat(failures(dir)).containsExactly(
                "reports/test-2020.yaml:57: test-2020/framework-created: anchor 'In 2021 the Test Framework was' is not in lines 4",
                "reports/test-2020.yaml:57: test-2020/framework-created: none of the entities it names (test-framework) is in lines 4");
        Path dir2 = Fixtures.brokenCopy(temp.resolve("b"), "reports/test-2020.yaml", "lines: 1,", "lines: 99,");
        assertThat(failures(dir2)).containsExactly(
                "reports/test-2020.yaml:73: test-2020/intro-judgement: lines 99 are past the end of the text (13 lines)");
    }
}
