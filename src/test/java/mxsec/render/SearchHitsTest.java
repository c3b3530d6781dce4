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

    private static String render(List<Search.Hit> hits, OutputFormat format) {
        StringWriter out = new StringWriter();
        SearchHits.render(hits, new FactView(CORPUS), format, new Style(false, 100), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void entitiesAndFactsShareOneLabelColumnForPeopleAndARowEachForPrograms() {
        Fact fact = CORPUS.factAt(0);
        List<Search.Hit> hits = List.of(new Search.Hit(40, CORPUS.entity(EntityKind.GROUP, "test-cartel"), null), new Search.Hit(3, null, fact));
        String table = render(hits, OutputFormat.TABLE);
        String first = table.lines().findFirst().orElseThrow();
        assertThat(first).startsWith("group" + " ".repeat(FactView.DATES.width() - "group".length()));
        assertThat(first).contains("test-cartel");
        assertThat(table).contains(fact.globalId());

        String tsv = render(hits, OutputFormat.TSV);
        assertThat(tsv.lines().toList()).hasSize(3);
        assertThat(tsv.lines().findFirst().orElseThrow()).isEqualTo("type\tid\tkind\ttext\tdate\tcitation\tscore");
        assertThat(tsv).contains("entity\ttest-cartel\tgroup\t", "fact\t" + fact.globalId() + "\t" + fact.kind().key() + "\t");
        assertThat(tsv.lines().toList().get(1)).endsWith("\t40");
    }
}
