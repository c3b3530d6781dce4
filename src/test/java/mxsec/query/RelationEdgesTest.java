package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mxsec.query.RelationEdges.Citation;
import mxsec.query.RelationEdges.Edge;
import org.junit.jupiter.api.Test;

/** Relationship facts merged into edges, and the graph of the groups they join. */
class RelationEdgesTest {
    private static List<Edge> between(String a, String b) {
        List<Edge> out = new ArrayList<>();
        for (Edge e : RelationEdges.of(BuiltIn.CORPUS, FactFilter.ALL)) {
            if (e.group().equals(a) && e.other().equals(b) || e.group().equals(b) && e.other().equals(a)) out.add(e);
        }
        return out;
    }

    private static List<String> summary(List<Edge> edges) {
        List<String> out = new ArrayList<>();
        for (Edge e : edges) out.add(e.group() + " " + e.type() + " " + e.other() + " " + e.dates() + " " + e.reports());
        return out;
    }

    @Test
    void cjngAndSinaloaAlliesIn2016RivalsFrom2018() {
        List<Edge> edges = between("cjng", "sinaloa-cartel");
        assertThat(summary(edges)).containsExactly(
                "cjng alliance sinaloa-cartel [2016-01] [ellis-2016]",
                "cjng rivalry sinaloa-cartel [2018-03-02, 2022-08, 2024-11] [ellis-2018-mar, ellis-2022, felbab-brown-2024]");
        Edge rivalry = edges.get(1);
        assertThat(rivalry.directed()).isFalse();
        assertThat(rivalry.lineage()).isFalse();
        assertThat(rivalry.factIds()).containsExactly("ellis-2018-mar/cjng-sinaloa-rivalry",
                "ellis-2022/sinaloa-cjng-rivalry-proxies", "felbab-brown-2024/sinaloa-cjng-bipolar-war");
        assertThat(rivalry.citations()).extracting(Citation::report, Citation::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ellis-2018-mar", "2018-03-02"),
                org.assertj.core.groups.Tuple.tuple("ellis-2022", "2022-08"),
                org.assertj.core.groups.Tuple.tuple("felbab-brown-2024", "2024-11"));
    }

    @Test
    void symmetricRelationsAreOneEdgePerPairWhicheverWayTheFactReads() {
        // "sinaloa-cjng-rivalry-proxies" names Sinaloa first: it joins the edge from cjng all the same.
        for (Edge e : RelationEdges.of(BuiltIn.CORPUS, FactFilter.ALL)) {
            if (!e.directed()) assertThat(e.group().compareTo(e.other())).as(e.group() + " " + e.other()).isLessThan(0);
            assertThat(e.facts()).isNotEmpty().allSatisfy(f -> assertThat(f.relationship().type()).isEqualTo(e.type()));
        }
    }

    @Test
    void theFilterChoosesTheFacts() {
        List<Edge> edges = RelationEdges.of(BuiltIn.CORPUS, BuiltIn.reports("ellis-2016"));
        assertThat(edges).isNotEmpty().allSatisfy(e -> assertThat(e.reports()).containsExactly("ellis-2016"));
        assertThat(summary(edges)).contains("cjng alliance sinaloa-cartel [2016-01] [ellis-2016]")
                .noneMatch(s -> s.contains(" rivalry sinaloa-cartel") && s.startsWith("cjng"));
    }

    @Test
    void theGraphOfSomeGroupsHasTheirEdgesAndTheGroupsAtTheirEnds() {
        RelationGraph graph = RelationGraph.of(BuiltIn.CORPUS, BuiltIn.reports("ellis-2016", "ellis-2018-mar"), Set.of("cjng"));
        assertThat(graph.isEmpty()).isFalse();
        List<String> ids = new ArrayList<>();
        for (RelationGraph.Node n : graph.nodes()) ids.add(n.id());
        for (Edge e : graph.edges()) {
            assertThat(e.group().equals("cjng") || e.other().equals("cjng")).as(e.toString()).isTrue();
            assertThat(ids).contains(e.group(), e.other());
        }
        assertThat(ids).first().isEqualTo("cjng");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(graph.nodes()).anySatisfy(n -> {
            assertThat(n.id()).isEqualTo("sinaloa-cartel");
            assertThat(n.name()).isEqualTo("Sinaloa Cartel");
        });
        assertThat(RelationGraph.of(BuiltIn.CORPUS, BuiltIn.reports("ellis-2016"), Set.of("chapitos")).isEmpty()).isTrue();
    }
}
