package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import mxsec.query.RelationEdges.Edge;
import mxsec.query.RelationGraph;
import org.junit.jupiter.api.Test;

/** DOT and Mermaid from small graphs made by hand: escaping, ids, styles per relation, citations. */
class GraphWritersTest {
    private static final Edge ALLIANCE = HandMade.edge("a-one", "alliance", "b-two", "r-2016@2016-01", "r-2018@2018-03", "r-2016@2016-01");
    private static final Edge RIVALRY = HandMade.edge("a-one", "rivalry", "b-two", "r-2018@2018-03");
    private static final Edge SPLIT = HandMade.edge("c-three", "split-from", "a-one", "r-2022@2010..2012");
    private static final RelationGraph GRAPH = new RelationGraph(
            List.of(new RelationGraph.Node("a-one", "The \"First\" One"), new RelationGraph.Node("b-two", "Back\\slash\nand line"),
                    new RelationGraph.Node("c-three", "Tres")),
            List.of(ALLIANCE, RIVALRY, SPLIT));

    private interface Writer {
        void write(RelationGraph graph, PrintWriter out);
    }

    private static String written(Writer writer) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        writer.write(GRAPH, out);
        out.flush();
        return s.toString();
    }

    @Test
    void dotQuotesEscapeBackslashesQuotesAndNewlines() {
        assertThat(Dot.quoted("plain")).isEqualTo("\"plain\"");
        assertThat(Dot.quoted("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(Dot.quoted("a\\b")).isEqualTo("\"a\\\\b\"");
        assertThat(Dot.quoted("two\nlines")).isEqualTo("\"two\\nlines\"");
        assertThat(Dot.quoted("\\\"\n")).isEqualTo("\"\\\\\\\"\\n\"");
    }

    @Test
    void dotHasANodePerGroupAndAStyledEdgePerRelationWithACitationPerLine() {
        assertThat(written(Dot::write)).isEqualTo("digraph mxsec {\n"
                + "  rankdir=LR;\n"
                + "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
                + "  edge [fontname=\"Helvetica\", fontsize=10];\n"
                + "  \"a-one\" [label=\"The \\\"First\\\" One\"];\n"
                + "  \"b-two\" [label=\"Back\\\\slash\\nand line\"];\n"
                + "  \"c-three\" [label=\"Tres\"];\n"
                + "  \"a-one\" -> \"b-two\" [label=\"alliance\\nr-2016 (2016-01)\\nr-2018 (2018-03)\", dir=none, color=\"forestgreen\","
                + " fontcolor=\"forestgreen\"];\n"
                + "  \"a-one\" -> \"b-two\" [label=\"rivalry\\nr-2018 (2018-03)\", dir=none, color=\"firebrick\", fontcolor=\"firebrick\","
                + " style=dashed];\n"
                + "  \"c-three\" -> \"a-one\" [label=\"split-from\\nr-2022 (2010..2012)\"];\n"
                + "}\n");
    }

    @Test
    void mermaidIdsHaveNoHyphensAndLabelsNoQuotes() {
        assertThat(Mermaid.id("cartel-del-noreste")).isEqualTo("cartel_del_noreste");
        assertThat(Mermaid.id("cjng")).isEqualTo("cjng");
        assertThat(Mermaid.label("say \"hi\"")).isEqualTo("say #quot;hi#quot;");
        assertThat(written(Mermaid::write)).isEqualTo("graph LR\n"
                + "  a_one[\"The #quot;First#quot; One\"]\n"
                + "  b_two[\"Back\\slash\nand line\"]\n"
                + "  c_three[\"Tres\"]\n"
                + "  a_one ---|\"alliance \u00b7 r-2016 (2016-01); r-2018 (2018-03)\"| b_two\n"
                + "  a_one -.-|\"rivalry \u00b7 r-2018 (2018-03)\"| b_two\n"
                + "  c_three -->|\"split-from \u00b7 r-2022 (2010..2012)\"| a_one\n");
    }

    @Test
    void edgesAsRowsAgreeWithTheRecords() {
        Tabular table = Edges.table(List.of(ALLIANCE, SPLIT));
        assertThat(table.columns()).isEqualTo(Edges.COLUMNS);
        assertThat(table.rows().get(0)).containsExactly("a-one", "alliance", "b-two", false, List.of("r-2016", "r-2018"),
                List.of("2016-01", "2018-03"), List.of("r-2016/a-one-alliance-0", "r-2018/a-one-alliance-1", "r-2016/a-one-alliance-2"));
        assertThat(table.rows().get(1).get(3)).isEqualTo(true);
        Tabular lineage = Edges.lineageTable(List.of(SPLIT));
        assertThat(lineage.columns()).containsExactly("group", "relation", "parent", "dates", "reports", "facts");
        assertThat(lineage.rows().get(0)).containsExactly("c-three", "split-from", "a-one", List.of("2010..2012"), List.of("r-2022"),
                List.of("r-2022/c-three-split-from-0"));
        assertThat(Edges.cited(ALLIANCE, " | ")).isEqualTo("r-2016 (2016-01) | r-2018 (2018-03)");
    }
}
