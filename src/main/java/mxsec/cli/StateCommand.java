package mxsec.cli;

import mxsec.model.EntityKind;
import picocli.CommandLine.Command;

@Command(name = "state",
        header = "The 32 states, or what the reports say about one state.",
        description = {"Without NAME: the 32 states with fact counts, the groups each report names as dominant there, and "
                + "the reports that discuss them.",
            "With NAME: a profile: groups present with their status per report, events, figures, and what each report says."},
        footer = {"  mxsec state", "  mxsec state guerrero", "  mxsec state GRO --by date", "  mxsec state cdmx -o json | jq '.sections'",
            "  mxsec state tamaulipas --as-of 2018"})
final class StateCommand extends EntityCommand {
    @Override
    EntityKind kind() {
        return EntityKind.STATE;
    }
}
