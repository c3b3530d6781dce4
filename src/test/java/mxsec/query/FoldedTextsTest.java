package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusIndex;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.SearchTexts;
import mxsec.model.StoredSearchTexts;
import org.junit.jupiter.api.Test;

class FoldedTextsTest {
    private static Corpus fixture() {
        return CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
    }

    /** {@code corpus} as an index makes it, carrying {@code texts} as the stored search texts. */
    private static Corpus withStoredTexts(Corpus corpus, StoredSearchTexts texts) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CorpusIndex.write(corpus, new java.io.DataOutputStream(out));
        return CorpusIndex.read(out.toByteArray(), texts);
    }

    @Test
    void foldingACorpusGivesWhatTheIndexFoldsOneByOne() {
        Corpus corpus = fixture();
        SearchTexts folded = FoldedTexts.fold(corpus);
        FoldedTexts index = FoldedTexts.of(corpus);
        assertThat(folded.facts()).hasSize(corpus.factCount());
        for (int i = 0; i < corpus.factCount(); i++) {
            Fact f = corpus.factAt(i);
            assertThat(folded.facts().get(i)).isEqualTo(index.text(f)).isEqualTo(index.text(i));
        }
        List<List<String>> spellings = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : corpus.entities(kind)) spellings.add(index.spellings(e));
        }
        assertThat(folded.spellings()).isEqualTo(spellings);
        // Word forms: lower case, no accents, words between single spaces.
        Entity cartel = corpus.entity(EntityKind.GROUP, "test-cartel");
        assertThat(index.spellings(cartel)).contains(" cartel de prueba ");
    }

    @Test
    void prebuiltTextsAreUsedWhenTheyFitTheCorpus() throws Exception {
        Corpus yaml = fixture();
        SearchTexts real = FoldedTexts.fold(yaml);
        List<SearchTexts.Text> marked = new ArrayList<>(real.facts());
        marked.set(0, new SearchTexts.Text(" prebuilt ", " "));
        int[] reads = {0};
        Corpus corpus = withStoredTexts(yaml, () -> {
            reads[0]++;
            return new SearchTexts(marked, real.spellings());
        });
        assertThat(reads[0]).as("read only when a search needs them").isZero();
        assertThat(FoldedTexts.of(corpus)).isSameAs(FoldedTexts.of(corpus));
        assertThat(FoldedTexts.of(corpus).text(0)).isEqualTo(new SearchTexts.Text(" prebuilt ", " "));
        assertThat(FoldedTexts.of(corpus).text(1)).isEqualTo(real.facts().get(1));
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void prebuiltTextsThatDoNotFitOrAreMissingAreFoldedAnew() throws Exception {
        SearchTexts real = FoldedTexts.fold(fixture());
        Corpus corpus = withStoredTexts(fixture(), () -> new SearchTexts(real.facts().subList(1, real.facts().size()), real.spellings()));
        assertThat(FoldedTexts.of(corpus).text(0)).isEqualTo(real.facts().get(0));

        Corpus other = withStoredTexts(fixture(), () -> null);
        assertThat(FoldedTexts.of(other).text(0)).isEqualTo(real.facts().get(0));
    }
}
