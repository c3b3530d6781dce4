package mxsec.render;

import java.io.PrintWriter;
import mxsec.query.RelationEdges.Edge;
import mxsec.query.RelationGraph;

/**
 * A relationship graph as a Mermaid flowchart (for Markdown): one node per group, one link per relation, labelled
 * with its type and the reports (and dates) that state it. Alliances and cooperation are plain lines, rivalries
 * dotted lines, lineage and other relations arrows.
 */
public final class Mermaid {
    private Mermaid() {}

    public static void write(RelationGraph graph, PrintWriter out) {
        out.print("graph LR\n");
        for (RelationGraph.Node n : graph.nodes()) out.print("  " + id(n.id()) + "[\"" + label(n.name()) + "\"]\n");
        for (Edge e : graph.edges()) {
            String label = "\"" + label(e.type() + " \u00b7 " + Edges.cited(e, "; ")) + "\"";
            String arrow = switch (e.type()) {
                case "alliance", "cooperation" -> " ---|" + label + "| ";
                case "rivalry" -> " -.-|" + label + "| ";
                default -> " -->|" + label + "| ";
            };
            out.print("  " + id(e.group()) + arrow + id(e.other()) + "\n");
        }
    }

    /** A node id: a group id with '_' for '-', which Mermaid would read as part of a link. */
    public static String id(String groupId) {
        return groupId.replace('-', '_');
    }

    /** Label text: quotes as entities. */
    public static String label(String s) {
        return Style.safe(s).replace("\"", "#quot;"); // no invisible character in a diagram's text
    }
}
