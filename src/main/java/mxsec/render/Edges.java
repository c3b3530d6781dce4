package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.query.RelationEdges.Citation;
import mxsec.query.RelationEdges.Edge;
import mxsec.query.RelationGraph;

/** Edges between groups as tables and documents, and the citation text the drawings label them with. */
public final class Edges {
    /** The columns of a graph's edge in every format. */
    public static final List<String> COLUMNS = List.of("from", "type", "to", "directed", "reports", "dates", "facts");
    /** What people see of an edge: its ends and type, and where and when it is stated. */
    public static final List<String> HUMAN_COLUMNS = List.of("from", "type", "to", "dates", "reports");
    /** The columns of a lineage edge: the group, how it came from its parent, and where and when that is stated. */
    public static final List<String> LINEAGE_COLUMNS = List.of("group", "relation", "parent", "dates", "reports", "facts");

    private Edges() {}

    /** A graph's edges, one row each ({@link #COLUMNS}). */
    public static Tabular table(List<Edge> edges) {
        List<List<Object>> rows = new ArrayList<>(edges.size());
        for (Edge e : edges) rows.add(List.of(e.group(), e.type(), e.other(), e.directed(), e.reports(), e.dates(), e.factIds()));
        return new Tabular(COLUMNS, rows);
    }

    /** Lineage edges, one row each ({@link #LINEAGE_COLUMNS}). */
    public static Tabular lineageTable(List<Edge> edges) {
        List<List<Object>> rows = new ArrayList<>(edges.size());
        for (Edge e : edges) rows.add(List.of(e.group(), e.type(), e.other(), e.dates(), e.reports(), e.factIds()));
        return new Tabular(LINEAGE_COLUMNS, rows);
    }

    /** JSON or YAML: {nodes: [{id, name}], edges: [edge, ...]}. */
    public static void document(RelationGraph graph, OutputFormat format, PrintWriter out) {
        List<Map<String, Object>> nodes = new ArrayList<>(graph.nodes().size());
        for (RelationGraph.Node node : graph.nodes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", node.id());
            n.put("name", node.name());
            nodes.add(n);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", nodes);
        m.put("edges", table(graph.edges()).records());
        if (format == OutputFormat.JSON) Tabular.writeJson(m, out, true);
        else Tabular.writeYaml(m, out);
    }

    /** Where and when an edge is stated, {@code separator} between: "ellis-2016 (2016-01); ellis-2018-mar (2018-03)". */
    public static String cited(Edge e, String separator) {
        StringBuilder out = new StringBuilder();
        for (Citation c : e.citations()) {
            if (out.length() > 0) out.append(separator);
            out.append(c.report()).append(" (").append(c.date()).append(')');
        }
        return out.toString();
    }
}
