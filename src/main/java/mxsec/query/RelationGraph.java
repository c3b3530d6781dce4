package mxsec.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import mxsec.query.RelationEdges.Edge;

/** The relationship graph of the groups: the groups at the ends of the edges (in order of appearance), and the edges. */
public record RelationGraph(List<Node> nodes, List<Edge> edges) {
    /** A group of the graph: its id and its name (the id when the corpus has no such group). */
    public record Node(String id, String name) {}

    /** The edges of the relationship facts {@code filter} keeps, with an end in {@code groups} (ids; any group when empty). */
    public static RelationGraph of(Corpus corpus, FactFilter filter, Set<String> groups) {
        List<Edge> edges = RelationEdges.touching(RelationEdges.of(corpus, filter), groups);
        Set<String> ids = new LinkedHashSet<>();
        for (Edge e : edges) {
            ids.add(e.group());
            ids.add(e.other());
        }
        List<Node> nodes = new ArrayList<>(ids.size());
        for (String id : ids) nodes.add(new Node(id, groupName(corpus, id)));
        return new RelationGraph(nodes, edges);
    }

    /** A group's name, or its id when the corpus has no such group. */
    static String groupName(Corpus corpus, String id) {
        return corpus.nameOf(EntityKind.GROUP, id);
    }

    /** Whether the facts the filter keeps relate no groups at all. */
    public boolean isEmpty() {
        return edges.isEmpty();
    }
}
