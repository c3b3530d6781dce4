package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passage a fact cites: the evidence sentence found by its anchor, cut around it, and why there is none. */
class PassagesTest {
    @Test
    void theAnchorOpensTheEvidenceSentenceWhichEndsAtItsFullStop() {
        String text = "The U.S. Army said so. In one month, CJNG demon-strated its power with Gen. Smith absent. Then it grew.";
        Passages.Passage p = Passages.cut("x.txt", "1-2", text, "In one month, CJNG demonstrated its");
        assertThat(p.before()).isEqualTo("The U.S. Army said so. ");
        assertThat(p.evidence()).isEqualTo("In one month, CJNG demon-strated its power with Gen. Smith absent.");
        assertThat(p.after()).isEqualTo(" Then it grew.");
    }

    @Test
    void quotesAndBracketsAroundTheAnchorAreCompared() {
        String text = "Before. (\u201cThe Mexcales\u201d switched sides.) After.";
        Passages.Passage p = Passages.cut("x.txt", "1", text, "\"The Mexcales\" switched");
        assertThat(p.evidence()).isEqualTo("\u201cThe Mexcales\u201d switched sides.)");
    }

    @Test
    void longContextIsCutAtAWordWithAnEllipsis() {
        String words = "word ".repeat(200);
        String capitals = "Word ".repeat(200);
        Passages.Passage p = Passages.cut("x.txt", "1-9", words + "Here it is. " + capitals.strip(), "Here it is");
        assertThat(p.before()).startsWith("\u2026word").endsWith("word ").hasSizeLessThanOrEqualTo(Passages.CONTEXT + 1);
        assertThat(p.evidence()).isEqualTo("Here it is.");
        assertThat(p.after()).startsWith(" Word").endsWith("Word\u2026").hasSizeLessThanOrEqualTo(Passages.CONTEXT + 1);
        Passages.Passage endless = Passages.cut("x.txt", "1-9", "Here it is " + words, "Here it is");
        assertThat(endless.evidence()).startsWith("Here it is word").endsWith("\u2026").hasSizeLessThanOrEqualTo(Passages.WHOLE + 1);
        assertThat(endless.after()).isEmpty();
        Passages.Passage noAnchor = Passages.cut("x.txt", "1-9", words, null);
        assertThat(noAnchor.evidence()).isEmpty();
        assertThat(noAnchor.before()).endsWith("\u2026").hasSizeLessThanOrEqualTo(Passages.WHOLE + 1);
    }

    @Test
    void linesBrokenWithAHyphenAreJoined() {
        assertThat(Passages.join(List.of("It demon-", "strated power; US-", "Mexico ties", "", "go on."))).isEqualTo("It demon-strated power; US- Mexico ties go on.");
    }

    @Test
    void aFixtureFactsPassageComesFromItsReportsText() throws Exception {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
        Fact f = corpus.fact("test-2020/homicides-2019");
        Passages.Passage p = new Passages(Fixtures.sources()).of(f);
        assertThat(p.evidence()).startsWith("In 2019 Mexico saw 34,000 homicides").endsWith(".");
        assertThat(p.file()).isEqualTo("test-2020.txt");
    }

    @Test
    void aMissingOrBrokenTextSaysWhy(@TempDir Path dir) throws Exception {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
        Fact f = corpus.fact("test-2020/homicides-2019");
        assertThatThrownBy(() -> new Passages(dir).of(f)).isInstanceOf(mxsec.text.ReferenceText.Unreadable.class)
                .hasMessage("no test-2020.txt in the sources directory");
        Files.write(dir.resolve("test-2020.txt"), new byte[] {'a', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> new Passages(dir).of(f)).hasMessage("test-2020.txt is not UTF-8 text");
        Files.writeString(dir.resolve("test-2020.txt"), "one line\n");
        assertThatThrownBy(() -> new Passages(dir).of(f)).hasMessageStartingWith("test-2020.txt has 1 line; the fact cites lines 4");
        Path other = Files.createDirectories(dir.resolve("d"));
        Files.createDirectories(other.resolve("test-2020.txt"));
        assertThatThrownBy(() -> new Passages(other).of(f)).hasMessage("test-2020.txt is not a regular file");
    }
}
