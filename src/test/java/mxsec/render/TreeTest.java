package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.query.Lineage;
import org.junit.jupiter.api.Test;

/** The lineage tree from a small lineage made by hand: connectors in Unicode and ASCII, the focus, colour. */
class TreeTest {
    private static Lineage.Node leaf(String id, String name, String type, String... stated) {
        return new Lineage.Node(id, name, HandMade.edge(id, type, "parent", stated), List.of());
    }

    /** Root: two children, the first with a child of its own and the last a leaf; a second tree of one child. */
    private static Lineage lineage(Entity focus) {
        Lineage.Node grandchild = leaf("gc", "Grand\u001bchild", "faction-of", "r1@2020");
        Lineage.Node first = new Lineage.Node("first", "First", HandMade.edge("first", "split-from", "root", "r1@2019", "r2@2021"),
                List.of(grandchild));
        Lineage.Node second = leaf("second", "Second", "armed-wing-of", "r2@2021-05");
        Lineage.Node root = new Lineage.Node("root", "Root", null, List.of(first, second));
        Lineage.Node other = new Lineage.Node("other", "Other", null, List.of(leaf("only", "Only", "successor-of", "r3@2000")));
        return new Lineage(focus, List.of(root, other), List.of());
    }

    private static String drawn(Lineage lineage, Style style) {
        StringWriter s = new StringWriter();
        Tree.write(lineage, style, new PrintWriter(s));
        return s.toString();
    }

    @Test
    void unicodeConnectors() {
        assertThat(drawn(lineage(null), new Style(false, 80, true))).isEqualTo(""
                + "Root (root)\n"
                + "\u251c\u2500\u2500 First (first)  split from \u00b7 r1 (2019); r2 (2021)\n"
                + "\u2502   \u2514\u2500\u2500 Grand\\u001Bchild (gc)  faction of \u00b7 r1 (2020)\n"
                + "\u2514\u2500\u2500 Second (second)  armed wing of \u00b7 r2 (2021-05)\n"
                + "\n"
                + "Other (other)\n"
                + "\u2514\u2500\u2500 Only (only)  successor of \u00b7 r3 (2000)\n");
    }

    @Test
    void asciiConnectorsAndTheFocusMarked() {
        Entity focus = new Entity(EntityKind.GROUP, "first", "First", List.of(), null, java.util.Map.of(), null);
        assertThat(drawn(lineage(focus), new Style(false, 80, false))).isEqualTo(""
                + "Root (root)\n"
                + "|-- > First (first)  split from - r1 (2019); r2 (2021)\n"
                + "|   `-- Grand\\u001Bchild (gc)  faction of - r1 (2020)\n"
                + "`-- Second (second)  armed wing of - r2 (2021-05)\n"
                + "\n"
                + "Other (other)\n"
                + "`-- Only (only)  successor of - r3 (2000)\n");
    }

    @Test
    void withColourTheFocusIsBoldAndTheRelationsDim() {
        Entity focus = new Entity(EntityKind.GROUP, "root", "Root", List.of(), null, java.util.Map.of(), null);
        String text = drawn(lineage(focus), new Style(true, 80, true));
        assertThat(text).startsWith("\u001b[1m\u25b6 Root (root)\u001b[0m\n");
        assertThat(text).contains("\u2514\u2500\u2500 Second (second)  \u001b[2marmed wing of \u00b7 r2 (2021-05)\u001b[0m\n");
    }
}
