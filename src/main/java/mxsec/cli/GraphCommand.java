package mxsec.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import mxsec.query.NameResolver;
import mxsec.query.RelationGraph;
import mxsec.render.Dot;
import mxsec.render.Edges;
import mxsec.render.Mermaid;
import mxsec.render.OutputFormat;
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
        RelationGraph graph = RelationGraph.of(corpus, filters.filter(corpus), wanted);
        PrintWriter out = output.out();
        Format format = output.format;
        if (graph.isEmpty()) {
            warn("no relations between groups match the filters");
            if (format == Format.JSON || format == Format.YAML) Edges.document(graph, format.shared, out);
            return ExitCodes.NO_MATCH;
        }
        switch (format) {
            case DOT -> Dot.write(graph, out);
            case MERMAID -> Mermaid.write(graph, out);
            case JSON, YAML -> Edges.document(graph, format.shared, out);
            case TABLE, PLAIN -> Edges.table(graph.edges()).select(Edges.HUMAN_COLUMNS).render(format.shared, output.style(), out);
            default -> Edges.table(graph.edges()).render(format.shared, output.style(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
