package mxsec.render;

import java.io.PrintWriter;
import java.util.List;
import mxsec.query.Lineage;

/**
 * A lineage as trees, one after another with a blank line between: each group under its parent with box-drawing
 * connectors (ASCII without Unicode), labelled with how it came from the parent and where and when that is
 * stated; each root, the tree's heading, in bold; the focus group marked and in bold.
 */
public final class Tree {
    private Tree() {}

    public static void write(Lineage lineage, Style style, PrintWriter out) {
        String focus = lineage.focus() == null ? null : lineage.focus().id();
        List<Lineage.Node> roots = lineage.roots();
        for (int i = 0; i < roots.size(); i++) {
            if (i > 0) out.print("\n");
            // A root heads its tree: in bold (the focus is bold already).
            Lineage.Node root = roots.get(i);
            out.print((root.id().equals(focus) ? mark(root, focus, style) : style.bold(mark(root, focus, style))) + "\n");
            children(roots.get(i), "", focus, style, out);
        }
        out.flush();
    }

    private static void children(Lineage.Node node, String prefix, String focus, Style style, PrintWriter out) {
        List<Lineage.Node> kids = node.children();
        for (int i = 0; i < kids.size(); i++) {
            Lineage.Node kid = kids.get(i);
            boolean last = i == kids.size() - 1;
            String branch = style.pick(last ? "\u2514\u2500\u2500 " : "\u251c\u2500\u2500 ", last ? "`-- " : "|-- ");
            String how = kid.edge().type().replace('-', ' ') + " " + style.pick("\u00b7", "-") + " " + Edges.cited(kid.edge(), "; ");
            out.print(prefix + branch + mark(kid, focus, style) + "  " + style.dim(how) + "\n");
            children(kid, prefix + style.pick(last ? "    " : "\u2502   ", last ? "    " : "|   "), focus, style, out);
        }
    }

    /** "Name (id)", made safe for a terminal; the focus with an arrow before it, in bold. */
    private static String mark(Lineage.Node node, String focus, Style style) {
        String text = Style.safe(node.name()) + " (" + node.id() + ")";
        return node.id().equals(focus) ? style.bold(style.pick("\u25b6 ", "> ") + text) : text;
    }
}
