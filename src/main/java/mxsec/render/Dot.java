package mxsec.render;

import java.io.PrintWriter;
import mxsec.query.RelationEdges.Edge;
import mxsec.query.RelationGraph;

/**
 * A relationship graph in Graphviz's DOT language: one box per group, one edge per relation, labelled with its
 * type and each report (and date) that states it on a line of its own. Alliances and cooperation are green and
 * undirected, rivalries red, dashed and undirected; lineage and other relations plain arrows.
 */
public final class Dot {
    private Dot() {}

    public static void write(RelationGraph graph, PrintWriter out) {
        out.print("digraph mxsec {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
                + "  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (RelationGraph.Node n : graph.nodes()) out.print("  " + quoted(n.id()) + " [label=" + quoted(n.name()) + "];\n");
        for (Edge e : graph.edges()) {
            out.print("  " + quoted(e.group()) + " -> " + quoted(e.other()) + " [label=" + quoted(e.type() + "\n" + Edges.cited(e, "\n"))
                    + style(e.type()) + "];\n");
        }
        out.print("}\n");
    }

    private static String style(String type) {
        return switch (type) {
            case "alliance", "cooperation" -> ", dir=none, color=\"forestgreen\", fontcolor=\"forestgreen\"";
            case "rivalry" -> ", dir=none, color=\"firebrick\", fontcolor=\"firebrick\", style=dashed";
            default -> "";
        };
    }

    /** A DOT string: quotes and backslashes escaped, unsafe characters first shown as the text \\uXXXX (DOT has no escape for them). */
    public static String quoted(String s) {
        return "\"" + Style.safe(s).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
