package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mxsec.cli.CliRunner;
import mxsec.load.BuiltInCorpus;
import mxsec.model.Corpus;
import org.junit.jupiter.api.Test;

/** The ranking of {@code search}, as records: on the built-in corpus. */
class SearchTest {
    private static final Corpus CORPUS = BuiltInCorpus.load();

    private static String id(Search.Hit h) {
        return h.fact() != null ? h.fact().globalId() : h.entity().id();
    }

    private static List<String> ids(List<Search.Hit> hits) {
        List<String> ids = new ArrayList<>();
        for (Search.Hit h : hits) ids.add(id(h));
        return ids;
    }

    /** The "id" fields of the CLI's JSON, in order. */
    private static List<String> jsonIds(String json) {
        List<String> ids = new ArrayList<>();
        String key = "\"id\" : \"";
        for (int at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + 1)) {
            int start = at + key.length();
            ids.add(json.substring(start, json.indexOf('"', start)));
        }
        return ids;
    }

    @Test
    void fentanylRanksItsFactsBestFirstAsTheCliPrintsThem() {
        List<Search.Hit> hits = Search.hits(CORPUS, Search.phrase(List.of("fentanyl")), FactFilter.ALL, 20);
        assertThat(hits).hasSize(20);
        assertThat(id(hits.get(0))).isEqualTo("felbab-brown-2024/hvt-sporadic-cooperation");
        assertThat(hits.get(0).entity()).isNull();
        assertThat(hits.get(0).score()).isEqualTo(3);
        for (int i = 1; i < hits.size(); i++) assertThat(hits.get(i - 1).score()).isGreaterThanOrEqualTo(hits.get(i).score());

        CliRunner.Result cli = CliRunner.mxsec("search", "fentanyl", "-o", "json");
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(jsonIds(cli.out())).isEqualTo(ids(hits));
    }

    @Test
    void aNameScoresAboveTheFactsThatMentionIt() {
        List<Search.Hit> hits = Search.hits(CORPUS, Search.phrase(List.of("CJNG")), FactFilter.ALL, 0);
        assertThat(hits.get(0).entity()).isNotNull();
        assertThat(hits.get(0).entity().id()).isEqualTo("cjng");
        assertThat(hits.get(0).score()).isEqualTo(40);
        assertThat(hits.size()).isGreaterThan(20);
        assertThat(Search.hits(CORPUS, Search.phrase(List.of("CJNG")), FactFilter.ALL, 5)).hasSize(5);
    }

    @Test
    void everyWordMustMatchAndThePhraseIsFolded() {
        assertThat(Search.phrase(List.of("López", "OBRADOR"))).isEqualTo(" lopez obrador ");
        assertThat(Search.phrase(List.of("!!")).isBlank()).isTrue();
        assertThat(Search.hits(CORPUS, Search.phrase(List.of("fentanyl", "xyzzyq")), FactFilter.ALL, 0)).isEmpty();
    }
}
