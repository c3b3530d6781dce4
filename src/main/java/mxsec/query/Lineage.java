package mxsec.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.query.RelationEdges.Edge;

/**
 * The family tree of the groups: each group under the group it came from (split from, offshoot of, faction of,
 * armed wing of, successor of). A group some reports place under two parents is under both; a group met again
 * on its own path (a cycle) is there once more, without its children.
 *
 * @param focus the group whose family it is, or null for every tree
 * @param roots the trees: the oldest ancestors, by name (with a focus, the one tree it belongs to; none: no lineage)
 * @param edges the lineage edges of the trees (without a focus, every lineage edge), in corpus order
 */
public record Lineage(Entity focus, List<Node> roots, List<Edge> edges) {
    /**
     * A group in a tree: its id, its name (the id when the corpus has no such group), the edge to its parent
     * (null for a root) and the groups that came from it, by name.
     */
    public record Node(String id, String name, Edge edge, List<Node> children) {}

    /** Whether no lineage is recorded (for the focus, when there is one). */
    public boolean isEmpty() {
        return roots.isEmpty();
    }

    /** The family trees the lineage facts {@code filter} keeps describe; with {@code focus} (may be null), the one it is in. */
    public static Lineage of(Corpus corpus, FactFilter filter, Entity focus) {
        List<Edge> edges = new ArrayList<>();
        for (Edge e : RelationEdges.of(corpus, filter)) if (e.lineage()) edges.add(e);
        Map<String, List<Edge>> children = new LinkedHashMap<>();
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (Edge e : edges) {
            List<Edge> kids = children.get(e.other());
            if (kids == null) children.put(e.other(), kids = new ArrayList<>());
            kids.add(e);
            List<String> ps = parents.get(e.group());
            if (ps == null) parents.put(e.group(), ps = new ArrayList<>());
            ps.add(e.other());
        }
        for (List<Edge> kids : children.values()) sortByName(kids, corpus);
        List<String> rootIds = new ArrayList<>();
        if (focus != null) {
            // Up the first parent to the oldest ancestor (stopping if the way up comes round again).
            String top = focus.id();
            Set<String> seen = new HashSet<>();
            while (parents.containsKey(top) && seen.add(top)) top = parents.get(top).get(0);
            if (children.containsKey(top) || parents.containsKey(focus.id())) rootIds.add(top);
        } else {
            for (String parent : children.keySet()) if (!parents.containsKey(parent)) rootIds.add(parent);
            List<String> names = new ArrayList<>(rootIds.size());
            for (String id : rootIds) names.add(RelationGraph.groupName(corpus, id));
            sortByName(rootIds, names);
        }
        List<Node> roots = new ArrayList<>(rootIds.size());
        for (String id : rootIds) {
            Set<String> path = new HashSet<>();
            path.add(id);
            roots.add(node(id, null, children, path, corpus));
        }
        if (focus != null) {
            Set<String> inTree = new HashSet<>();
            for (Node root : roots) collect(root, inTree);
            List<Edge> kept = new ArrayList<>();
            for (Edge e : edges) if (inTree.contains(e.group())) kept.add(e);
            edges = kept;
        }
        return new Lineage(focus, roots, edges);
    }

    private static Node node(String id, Edge edge, Map<String, List<Edge>> children, Set<String> path, Corpus corpus) {
        List<Edge> kids = children.get(id);
        if (kids == null) return new Node(id, RelationGraph.groupName(corpus, id), edge, List.of());
        List<Node> nodes = new ArrayList<>(kids.size());
        for (Edge e : kids) {
            if (path.add(e.group())) {
                nodes.add(node(e.group(), e, children, path, corpus));
                path.remove(e.group());
            } else {
                nodes.add(new Node(e.group(), RelationGraph.groupName(corpus, e.group()), e, List.of()));
            }
        }
        return new Node(id, RelationGraph.groupName(corpus, id), edge, List.copyOf(nodes));
    }

    private static void collect(Node node, Set<String> out) {
        out.add(node.id());
        for (Node child : node.children()) collect(child, out);
    }

    private static void sortByName(List<Edge> edges, Corpus corpus) {
        List<String> names = new ArrayList<>(edges.size());
        for (Edge e : edges) names.add(RelationGraph.groupName(corpus, e.group()));
        sortByName(edges, names);
    }

    /** {@code items} by {@code names} (one each): a stable insertion sort, the lists are short (and no comparator lambdas). */
    private static <T> void sortByName(List<T> items, List<String> names) {
        for (int i = 1; i < items.size(); i++) {
            T item = items.get(i);
            String name = names.get(i);
            int j = i - 1;
            while (j >= 0 && names.get(j).compareTo(name) > 0) {
                items.set(j + 1, items.get(j));
                names.set(j + 1, names.get(j));
                j--;
            }
            items.set(j + 1, item);
            names.set(j + 1, name);
        }
    }
}
