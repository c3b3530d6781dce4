package mxsec.cli;

import java.io.PrintWriter;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.query.FactFilter;
import mxsec.query.NameResolver;
import mxsec.query.StateMap;
import mxsec.render.OutputFormat;
import mxsec.render.SvgMap;
import mxsec.render.TileMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "map",
        header = "A tile map of Mexico's states: dominant groups, one group's reach, or a topic.",
        description = {"Each of the 32 states is one cell at its place on a grid that keeps the country's shape. By default a "
                + "cell shows the group the newest report that speaks of the state calls dominant there (--report or --as-of "
                + "choose which reports count); --group shows where one group is dominant, contested or present; --topic "
                + "shades states by how many facts of that topic concern them.",
            "Without colour, cells carry letters and the legend maps them; -o json|csv gives the state-to-value table; "
                + "-o svg draws the states on their real outlines as an SVG picture, always in colour, with a legend and "
                + "each state's value and reports as its tooltip (outlines: the npm package svg-maps/mexico by Victor Cazanave, "
                + "after MapSVG, CC BY 4.0)."},
        footer = {"  mxsec map", "  mxsec map --as-of 2018", "  mxsec map --group cjng", "  mxsec map --topic fuel-theft",
            "  mxsec map --report ellis-2022 -o csv", "  mxsec map -o svg > map.svg"})
final class MapCommand extends BaseCommand {
    /** The formats of every query command, and a picture. */
    enum Format {
        TABLE(OutputFormat.TABLE), PLAIN(OutputFormat.PLAIN), JSON(OutputFormat.JSON), JSONL(OutputFormat.JSONL),
        YAML(OutputFormat.YAML), CSV(OutputFormat.CSV), TSV(OutputFormat.TSV), MD(OutputFormat.MD), SVG(null);

        /** The shared format, rendered like every command's; null for the picture. */
        final OutputFormat shared;

        Format(OutputFormat shared) {
            this.shared = shared;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The shared output options, with map's formats. */
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

    @Mixin
    FilterOptions filters;

    @Mixin
    CorpusOptions corpusOptions;

    @Option(names = "--group", paramLabel = "NAME", description = "Show where this group is dominant, contested, present or limited.")
    String group;

    @Override
    protected int execute() {
        boolean byTopic = !filters.topics.isEmpty();
        if (byTopic && group != null) throw new UsageException("choose one of --group and --topic");
        Corpus corpus = corpusOptions.corpus();
        FactFilter filter = filters.filter(corpus);
        StateMap map;
        if (byTopic) {
            map = StateMap.topics(corpus, filter, filters.topics, TileMap.states());
        } else {
            Entity g = group == null ? null : NameResolver.of(corpus).resolve(EntityKind.GROUP, group);
            map = StateMap.presence(corpus, filter, g, TileMap.states());
        }
        PrintWriter out = output.out();
        Format format = output.format;
        if (format == Format.SVG) SvgMap.write(map, filters.searched(corpus), filters.asOfDay(), out);
        else if (format.shared.human()) TileMap.draw(map, output.style(), out);
        else TileMap.table(map).render(format.shared, output.style(), out);
        return ExitCodes.OK;
    }
}
