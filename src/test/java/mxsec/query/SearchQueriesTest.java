package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mxsec.load.BuiltInCorpus;
import mxsec.model.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Relevance on the public set of analysts' queries (a copy of ../shared/search/queries.tsv, so the test needs
 * nothing outside the repository): each query names the fact its author was looking for. Ranked as
 * ../shared/tools/search-eval ranks them: facts only, all of them.
 */
class SearchQueriesTest {
    private static final Corpus CORPUS = BuiltInCorpus.load();

    private record Query(String id, String style, String text, Set<String> good) {}

    private static List<Query> queries() throws IOException {
        List<Query> out = new ArrayList<>();
        try (InputStream in = SearchQueriesTest.class.getResourceAsStream("/search/queries.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] cols = (line + "\t\t").split("\t", -1);
                Set<String> good = new HashSet<>();
                good.add(cols[3]);
                for (String also : cols[4].split(",")) if (!also.isBlank()) good.add(also.strip());
                out.add(new Query(cols[0], cols[1], cols[2], good));
            }
        }
        return out;
    }

    /** The rank of the first wanted fact; 0 when none is found. */
    private static int rank(Query q) {
        List<Search.Hit> hits = Search.search(CORPUS, q.text(), FactFilter.ALL, 0, Search.Type.FACT).facts();
        for (int i = 0; i < hits.size(); i++) {
            if (q.good().contains(hits.get(i).fact().globalId())) return i + 1;
        }
        return 0;
    }

    @Test
    void nineInTenQueriesFindTheirFactInTheFirstTenAndTheReportsOwnWordsInTheFirstThree() throws IOException {
        List<Query> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
        int top10 = 0, top3 = 0;
        List<String> misses = new ArrayList<>();
        for (Query q : queries) {
            int r = rank(q);
            if (r >= 1 && r <= 10) top10++;
            if (r >= 1 && r <= 3) top3++;
            if (r == 0 || r > 10 || q.style().equals("K") && r > 3) misses.add(q.id() + " [" + q.style() + "] rank " + r + ": " + q.text());
            if (q.style().equals("K")) assertThat(r).as("%s: %s", q.id(), q.text()).isBetween(1, 3);
        }
        System.out.println("search queries: hit@10 " + top10 + "/" + queries.size() + ", hit@3 " + top3 + "/" + queries.size() + "; misses: " + misses);
        assertThat(top10).as("hit@10; misses: %s", misses).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * queries.size()));
    }
}
