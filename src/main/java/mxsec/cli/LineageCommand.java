package mxsec.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.render.Style;
import mxsec.render.Tabular;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lineage",
        header = "The family tree of criminal groups: splits, offshoots, factions and armed wings.",
        description = {"Draws each group under the group it came from (split from, offshoot of, faction of, armed wing of, "
                + "successor of), every edge with the reports and dates that state it. With GROUP, the tree it belongs to, "
                + "from its oldest ancestor, with GROUP marked.",
            "Box-drawing characters, or ASCII with --ascii or a non-UTF-8 locale. A group some reports place under two "
                + "parents appears under both."},
        footer = {"  mxsec lineage", "  mxsec lineage cjng", "  mxsec lineage zetas --ascii", "  mxsec lineage --as-of 2018 -o csv"})
final class LineageCommand extends QueryCommand {
    @Parameters(arity = "0..1", paramLabel = "GROUP", description = "A group whose family to draw.")
    String name;

    @Override
    protected int execute() {
        var filter = filters.filter(corpus());
        List<RelationEdges.Edge> edges = RelationEdges.of(corpus(), filter)
                .edges().stream().filter(e -> mxsec.model.RelationTypes.LINEAGE.contains(e.type())).toList();
        Map<String, List<RelationEdges.Edge>> children = new LinkedHashMap<>();
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (RelationEdges.Edge e : edges) {
            children.computeIfAbsent(e.other(), k -> new ArrayList<>()).add(e);
            parents.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e.other());
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(e -> groupName(e.group()))));
        Entity focus = name == null ? null : resolver().resolve(EntityKind.GROUP, name);
        List<String> roots = new ArrayList<>();
        if (focus != null) {
            String top = focus.id();
            Set<String> seen = new HashSet<>();
            while (parents.containsKey(top) && seen.add(top)) top = parents.get(top).get(0);
            if (!children.containsKey(top) && !parents.containsKey(focus.id())) {
                return nothing(focus.name() + ": no split, offshoot, faction or armed wing recorded");
            }
            roots.add(top);
        } else {
            for (String parent : children.keySet()) if (!parents.containsKey(parent)) roots.add(parent);
            roots.sort(Comparator.comparing(this::groupName));
            if (roots.isEmpty()) return nothing("no lineage recorded");
        }
        if (!output.format().human()) {
            List<List<Object>> rows = new ArrayList<>();
            Set<String> inTree = new HashSet<>();
            for (String root : roots) collect(root, children, inTree, new HashSet<>());
            for (RelationEdges.Edge e : edges) {
                if (focus != null && !inTree.contains(e.group())) continue;
                rows.add(List.of(e.group(), e.type(), e.other(), e.dates(), e.reports(), e.facts().stream().map(f -> f.globalId()).toList()));
            }
            new Tabular(List.of("group", "relation", "parent", "dates", "reports", "facts"), rows).render(output.format(), output.style(), output.out());
            return ExitCodes.OK;
        }
        Style style = output.style();
        for (int i = 0; i < roots.size(); i++) {
            if (i > 0) output.out().print("\n");
            String root = roots.get(i);
            output.out().print(mark(root, focus, style) + "\n");
            draw(root, "", children, focus, style, new HashSet<>(Set.of(root)));
        }
        output.out().flush();
        return ExitCodes.OK;
    }

    private static void collect(String node, Map<String, List<RelationEdges.Edge>> children, Set<String> out, Set<String> path) {
        out.add(node);
        if (!path.add(node)) return;
        for (RelationEdges.Edge e : children.getOrDefault(node, List.of())) collect(e.group(), children, out, path);
        path.remove(node);
    }

    private void draw(String node, String prefix, Map<String, List<RelationEdges.Edge>> children, Entity focus, Style style, Set<String> path) {
        List<RelationEdges.Edge> kids = children.getOrDefault(node, List.of());
        for (int i = 0; i < kids.size(); i++) {
            RelationEdges.Edge e = kids.get(i);
            boolean last = i == kids.size() - 1;
            String branch = style.pick(last ? "\u2514\u2500\u2500 " : "\u251c\u2500\u2500 ", last ? "`-- " : "|-- ");
            String label = mark(e.group(), focus, style) + "  " + style.dim(e.type().replace('-', ' ') + " " + style.pick("\u00b7", "-") + " " + e.cited());
            output.out().print(prefix + branch + label + "\n");
            if (path.add(e.group())) {
                draw(e.group(), prefix + style.pick(last ? "    " : "\u2502   ", last ? "    " : "|   "), children, focus, style, path);
                path.remove(e.group());
            }
        }
    }

    private String mark(String id, Entity focus, Style style) {
        String text = Style.safe(groupName(id)) + " (" + id + ")";
        return focus != null && focus.id().equals(id) ? style.bold(style.pick("\u25b6 ", "> ") + text) : text;
    }

    private String groupName(String id) {
        Entity e = corpus().entity(EntityKind.GROUP, id);
        return e == null ? id : e.name();
    }
}
