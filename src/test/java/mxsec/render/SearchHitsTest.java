package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.query.Search;
import org.junit.jupiter.api.Test;

class SearchHitsTest {
    private static final Corpus CORPUS = CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));

    private static String render(Search.Result hits, OutputFormat format) {
        StringWriter out = new StringWriter();
        SearchHits.render(hits, new FactView(CORPUS), format, new Style(false, 100), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void entitiesAndFactsShareOneLabelColumnForPeopleAndARowEachForPrograms() {
        Fact fact = CORPUS.factAt(0);
        Search.Result hits = new Search.Result(List.of(new Search.Hit(40, CORPUS.entity(EntityKind.GROUP, "test-cartel"), null, List.of("Test Cartel"))),
                List.of(new Search.Hit(3.25, null, fact, List.of("cartel", "plaza"))));
        String table = render(hits, OutputFormat.TABLE);
        String first = table.lines().findFirst().orElseThrow();
        assertThat(first).startsWith("group" + " ".repeat(FactView.DATES.width() - "group".length()));
        assertThat(first).contains("test-cartel");
        assertThat(table).contains(fact.globalId());
        assertThat(table.lines().toList().get(table.lines().toList().size() - 1))
                .isEqualTo(" ".repeat(FactView.DATES.width()) + "matched: cartel, plaza");

        String tsv = render(hits, OutputFormat.TSV);
        assertThat(tsv.lines().toList()).hasSize(3);
        // The fixture is not the built-in corpus: each row says which corpus it comes from.
        assertThat(tsv.lines().findFirst().orElseThrow()).isEqualTo("type\tid\tkind\ttext\tdate\tcitation\tcorpus\tscore\tmatched");
        assertThat(tsv.lines().toList().get(1)).contains("\t" + Fixtures.validCorpus() + "\t40.0\t");
        assertThat(tsv).contains("entity\ttest-cartel\tgroup\t", "fact\t" + fact.globalId() + "\t" + fact.kind().key() + "\t");
        assertThat(tsv.lines().toList().get(1)).endsWith("\t40.0\tTest Cartel");
        assertThat(tsv.lines().toList().get(2)).endsWith("\t3.25\tcartel; plaza");
    }
}
