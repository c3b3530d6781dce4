package mxsec.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.query.FactFilter;
import mxsec.query.NameResolver;
import mxsec.render.OutputFormat;
import mxsec.render.Tabular;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "graph",
        header = "Alliances, rivalries, splits and armed wings between groups, for Graphviz or Mermaid.",
        description = {"The relationship graph of the criminal groups: one edge per relation, labelled with its type and the "
                + "reports (and dates) that state it. -o dot for Graphviz, -o mermaid for Markdown, -o json, or a table.",
            "Filter by --group (the groups' own relations), --report, --as-of. Alliances are green, rivalries red and "
                + "dashed, lineage arrows black: CJNG and Sinaloa show as allies in 2016 and rivals from 2018."},
        footer = {"  mxsec graph -o dot | dot -Tsvg > groups.svg", "  mxsec graph --group cjng --group sinaloa-cartel -o mermaid",
            "  mxsec graph --as-of 2016 -o json", "  mxsec graph --report felbab-brown-2024"})
final class GraphCommand extends BaseCommand {
    /** The formats of every query command, and two for graph drawing programs. */
    enum Format {
        TABLE(OutputFormat.TABLE), PLAIN(OutputFormat.PLAIN), JSON(OutputFormat.JSON), JSONL(OutputFormat.JSONL),
        YAML(OutputFormat.YAML), CSV(OutputFormat.CSV), TSV(OutputFormat.TSV), MD(OutputFormat.MD), DOT(null), MERMAID(null);

        /** The shared format, rendered like every command's; null for the graph drawings. */
        final OutputFormat shared;

        Format(OutputFormat shared) {
            this.shared = shared;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The shared output options, with graph's formats. */
    static final class Output extends OutputOptions {
        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format = Format.TABLE;

        @Override
        boolean human() {
            return format.shared != null && format.shared.human();
        }
    }

    /** The columns of an edge in every format; people see the first three and where and when it is stated. */
    static final List<String> COLUMNS = List.of("from", "type", "to", "directed", "reports", "dates", "facts");
    private static final List<String> HUMAN_COLUMNS = List.of("from", "type", "to", "dates", "reports");

    @Mixin
    Output output;

    @Option(names = "--group", paramLabel = "NAME", description = "Only relations of these groups (repeatable).")
    List<String> groups = new ArrayList<>();

    @Mixin
    FilterOptions filters;

    @Mixin
    CorpusOptions corpusOptions;

    @Override
    protected int execute() {
        Corpus corpus = corpusOptions.corpus();
        NameResolver resolver = NameResolver.of(corpus);
        Set<String> wanted = new LinkedHashSet<>();
        for (String g : groups) wanted.add(resolver.resolve(EntityKind.GROUP, g).id());
        FactFilter filter = filters.filter(corpus);
        List<RelationEdges.Edge> edges = RelationEdges.of(corpus, filter).edges().stream()
                .filter(e -> wanted.isEmpty() || wanted.contains(e.group()) || wanted.contains(e.other())).toList();
        Map<String, String> nodes = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (RelationEdges.Edge e : edges) {
            nodes.putIfAbsent(e.group(), name(corpus, e.group()));
            nodes.putIfAbsent(e.other(), name(corpus, e.other()));
            rows.add(List.of(e.group(), e.type(), e.other(), !mxsec.model.RelationTypes.SYMMETRIC.contains(e.type()), e.reports(),
                    e.dates(), e.facts().stream().map(f -> f.globalId()).toList()));
        }
        Tabular table = new Tabular(COLUMNS, rows);
        PrintWriter out = output.out();
        Format format = output.format;
        if (edges.isEmpty()) {
            warn("no relations between groups match the filters");
            if (format == Format.JSON || format == Format.YAML) document(nodes, table, format.shared, out);
            return ExitCodes.NO_MATCH;
        }
        switch (format) {
            case DOT -> dot(nodes, edges, out);
            case MERMAID -> mermaid(nodes, edges, out);
            case JSON, YAML -> document(nodes, table, format.shared, out);
            case TABLE, PLAIN -> table.select(HUMAN_COLUMNS).render(format.shared, output.style(), out);
            default -> table.render(format.shared, output.style(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** JSON or YAML: {nodes: [{id, name}], edges: [edge, ...]}; JSON lines and the flat formats give the edges alone. */
    private static void document(Map<String, String> nodes, Tabular edges, OutputFormat format, PrintWriter out) {
        List<Map<String, Object>> ns = new ArrayList<>();
        nodes.forEach((id, name) -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", id);
            n.put("name", name);
            ns.add(n);
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", ns);
        m.put("edges", edges.records());
        if (format == OutputFormat.JSON) Tabular.writeJson(m, out, true);
        else Tabular.writeYaml(m, out);
    }

    private static String name(Corpus corpus, String id) {
        Entity e = corpus.entity(EntityKind.GROUP, id);
        return e == null ? id : e.name();
    }

    private static void dot(Map<String, String> nodes, List<RelationEdges.Edge> edges, PrintWriter out) {
        out.print("digraph mxsec {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
                + "  edge [fontname=\"Helvetica\", fontsize=10];\n");
        nodes.forEach((id, name) -> out.print("  " + dq(id) + " [label=" + dq(name) + "];\n"));
        for (RelationEdges.Edge e : edges) {
            String style = switch (e.type()) {
                case "alliance", "cooperation" -> ", dir=none, color=\"forestgreen\", fontcolor=\"forestgreen\"";
                case "rivalry" -> ", dir=none, color=\"firebrick\", fontcolor=\"firebrick\", style=dashed";
                default -> "";
            };
            out.print("  " + dq(e.group()) + " -> " + dq(e.other()) + " [label=" + dq(e.type() + "\n" + e.cited().replace("; ", "\n")) + style + "];\n");
        }
        out.print("}\n");
    }

    /** A DOT string: quotes and backslashes escaped, newlines as \n. */
    static String dq(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static void mermaid(Map<String, String> nodes, List<RelationEdges.Edge> edges, PrintWriter out) {
        out.print("graph LR\n");
        nodes.forEach((id, name) -> out.print("  " + mid(id) + "[\"" + mq(name) + "\"]\n"));
        for (RelationEdges.Edge e : edges) {
            String label = "\"" + mq(e.type() + " · " + e.cited()) + "\"";
            String arrow = switch (e.type()) {
                case "alliance", "cooperation" -> " ---|" + label + "| ";
                case "rivalry" -> " -.-|" + label + "| ";
                default -> " -->|" + label + "| ";
            };
            out.print("  " + mid(e.group()) + arrow + mid(e.other()) + "\n");
        }
    }

    private static String mid(String id) {
        return id.replace('-', '_');
    }

    /** Mermaid label text: quotes as entities. */
    private static String mq(String s) {
        return s.replace("\"", "#quot;");
    }
}
