package mxsec.cli;

import mxsec.model.EntityKind;
import mxsec.query.EntityListing;
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
    EntityListing.GroupFilter groupFilter() {
        return new EntityListing.GroupFilter(type, inState == null ? null : resolver().resolve(EntityKind.STATE, inState).id());
    }
}
