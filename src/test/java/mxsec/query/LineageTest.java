package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.query.RelationEdges.Edge;
import org.junit.jupiter.api.Test;

/** The family trees of the groups as records: roots, parents and children, and the edges behind them. */
class LineageTest {
    private static Entity group(String id) {
        return BuiltIn.CORPUS.entity(EntityKind.GROUP, id);
    }

    private static List<String> ids(List<Lineage.Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Lineage.Node n : nodes) out.add(n.id());
        return out;
    }

    private static Lineage.Node child(Lineage.Node parent, String id) {
        for (Lineage.Node n : parent.children()) if (n.id().equals(id)) return n;
        throw new AssertionError(id + " is not under " + parent.id() + ": " + ids(parent.children()));
    }

    @Test
    void sinaloaComesFromGuadalajaraAndHasItsFactionsUnderIt() {
        Lineage lineage = Lineage.of(BuiltIn.CORPUS, FactFilter.ALL, group("sinaloa-cartel"));
        assertThat(lineage.focus().id()).isEqualTo("sinaloa-cartel");
        assertThat(ids(lineage.roots())).containsExactly("guadalajara-cartel");
        Lineage.Node root = lineage.roots().get(0);
        assertThat(root.edge()).isNull();
        assertThat(root.name()).isEqualTo("Guadalajara Cartel");
        // Children by name: Juárez, Sinaloa, Tijuana.
        assertThat(ids(root.children())).containsExactly("juarez-cartel", "sinaloa-cartel", "tijuana-cartel");
        Lineage.Node sinaloa = child(root, "sinaloa-cartel");
        assertThat(sinaloa.edge().type()).isEqualTo("offshoot-of");
        assertThat(sinaloa.edge().group()).isEqualTo("sinaloa-cartel");
        assertThat(sinaloa.edge().other()).isEqualTo("guadalajara-cartel");
        assertThat(sinaloa.edge().reports()).containsExactly("ellis-2022");
        // The CJNG is not among them: ellis-2018-mar speaks only of "common origins", which is no lineage.
        assertThat(ids(sinaloa.children())).containsExactly("cartel-de-caborca", "chapitos", "mayos");
        // With a focus, the edges are those of its tree, in corpus order: no Gulf Cartel there.
        for (Edge e : lineage.edges()) {
            assertThat(e.lineage()).isTrue();
            assertThat(e.other()).isNotEqualTo("gulf-cartel");
        }
        assertThat(lineage.edges()).extracting(Edge::group).contains("la-linea", "chapitos", "mayos").doesNotContain("cjng");
    }

    @Test
    void withoutAFocusEveryTreeByTheNameOfItsRoot() {
        Lineage lineage = Lineage.of(BuiltIn.CORPUS, FactFilter.ALL, null);
        assertThat(lineage.focus()).isNull();
        assertThat(ids(lineage.roots())).containsExactly("cjng", "guadalajara-cartel", "gulf-cartel");
        // Two edges from CJNG to Los Mezcales (armed wing of, split from): the group is under it twice.
        Lineage.Node cjng = lineage.roots().get(0);
        assertThat(ids(cjng.children())).containsExactly("los-mezcales", "los-mezcales");
        assertThat(cjng.children().get(0).edge().type()).isEqualTo("armed-wing-of");
        assertThat(cjng.children().get(1).edge().type()).isEqualTo("split-from");
        Lineage.Node gulf = lineage.roots().get(2);
        assertThat(ids(gulf.children())).containsExactly("zetas", "zetas", "mata-zetas");
        assertThat(ids(gulf.children().get(0).children())).containsExactly("cartel-del-noreste");
        assertThat(lineage.edges()).hasSize(13).allSatisfy(e -> assertThat(e.lineage()).isTrue());
    }

    @Test
    void aGroupWithoutLineageGivesNoTree() {
        assertThat(Lineage.of(BuiltIn.CORPUS, FactFilter.ALL, group("beltran-leyva-organization")).isEmpty()).isTrue();
        Lineage before = Lineage.of(BuiltIn.CORPUS, BuiltIn.reports("ellis-2016"), group("chapitos"));
        assertThat(before.isEmpty()).isTrue();
        assertThat(before.edges()).isEmpty();
    }
}
