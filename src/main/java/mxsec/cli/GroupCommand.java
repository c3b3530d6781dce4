package mxsec.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.RelationTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "group",
        header = "Criminal groups, or one group's lineage, leaders, territory, allies and rivals.",
        description = {"Without NAME: the criminal groups (filter with --type, --state).",
            "With NAME: aliases, type, origin and lineage, leaders, territory per report, allies and rivals over time, "
                + "events, figures, and what each report says."},
        footer = {"  mxsec group", "  mxsec group --type cartel --state michoacan", "  mxsec group cjng",
            "  mxsec group sinaloa --kind relationship --as-of 2016", "  mxsec group zetas -o csv > zetas.csv"})
final class GroupCommand extends EntityCommand {
    @Option(names = "--type", paramLabel = "TYPE", description = "List only groups of this type (cartel, faction, armed-wing, gang, ...).")
    String type;

    @Option(names = {"--state", "--in-state"}, paramLabel = "STATE", description = "List only groups the reports place in this state.")
    String inState;

    @Override
    EntityKind kind() {
        return EntityKind.GROUP;
    }

    @Override
    Map<String, Function<Entity, Object>> listColumns(List<Fact> facts) {
        Map<String, Function<Entity, Object>> columns = new LinkedHashMap<>();
        columns.put("type", e -> e.attribute("type"));
        return columns;
    }

    @Override
    boolean listed(Entity e, List<Fact> facts) {
        if (type != null && !type.equalsIgnoreCase(e.attribute("type"))) return false;
        if (inState != null) {
            String state = resolver().resolve(EntityKind.STATE, inState).id();
            return facts.stream().anyMatch(f -> f.presence() != null && e.id().equals(f.presence().group()) && state.equals(f.presence().state()));
        }
        return true;
    }
}
