package mxsec.cli;

import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.query.FactFilter;
import mxsec.query.StateMap;
import mxsec.render.TileMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "map",
        header = "A tile map of Mexico's states: dominant groups, one group's reach, or a topic.",
        description = {"Each of the 32 states is one cell at its place on a grid that keeps the country's shape. By default a "
                + "cell shows the group the newest report that speaks of the state calls dominant there (--report or --as-of "
                + "choose which reports count); --group shows where one group is dominant, contested or present; --topic "
                + "shades states by how many facts of that topic concern them.",
            "Without colour, cells carry letters and the legend maps them; -o json|csv gives the state-to-value table."},
        footer = {"  mxsec map", "  mxsec map --as-of 2018", "  mxsec map --group cjng", "  mxsec map --topic fuel-theft",
            "  mxsec map --report ellis-2022 -o csv"})
final class MapCommand extends QueryCommand {
    @Option(names = "--group", paramLabel = "NAME", description = "Show where this group is dominant, contested, present or limited.")
    String group;

    @Override
    protected int execute() {
        boolean byTopic = !filters.topics.isEmpty();
        if (byTopic && group != null) throw new UsageException("choose one of --group and --topic");
        FactFilter filter = filters.filter(corpus());
        StateMap map;
        if (byTopic) {
            map = StateMap.topics(corpus(), filter, filters.topics, TileMap.states());
        } else {
            Entity g = group == null ? null : resolver().resolve(EntityKind.GROUP, group);
            map = StateMap.presence(corpus(), filter, g, TileMap.states());
        }
        if (output.format().human()) TileMap.draw(map, output.style(), output.out());
        else TileMap.table(map).render(output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }
}
