package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static Corpus fixture() {
        return CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
    }

    @Test
    void foldingACorpusGivesWhatTheIndexFoldsOneByOne() {
        Corpus corpus = fixture();
        SearchIndex.Folded folded = SearchIndex.fold(corpus);
        SearchIndex index = SearchIndex.of(corpus);
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
    void prebuiltTextsAreUsedWhenTheyFitTheCorpus() {
        Corpus corpus = fixture();
        SearchIndex.Folded real = SearchIndex.fold(corpus);
        List<SearchIndex.Text> marked = new ArrayList<>(real.facts());
        marked.set(0, new SearchIndex.Text(" prebuilt ", " "));
        SearchIndex.prebuilt(corpus, () -> new SearchIndex.Folded(marked, real.spellings()));
        assertThat(SearchIndex.of(corpus).text(0)).isEqualTo(new SearchIndex.Text(" prebuilt ", " "));
    }

    @Test
    void prebuiltTextsThatDoNotFitOrAreMissingAreFoldedAnew() {
        Corpus corpus = fixture();
        SearchIndex.Folded real = SearchIndex.fold(corpus);
        SearchIndex.prebuilt(corpus, () -> new SearchIndex.Folded(real.facts().subList(1, real.facts().size()), real.spellings()));
        assertThat(SearchIndex.of(corpus).text(0)).isEqualTo(real.facts().get(0));

        Corpus other = fixture();
        SearchIndex.prebuilt(other, () -> null);
        assertThat(SearchIndex.of(other).text(0)).isEqualTo(real.facts().get(0));
    }
}
