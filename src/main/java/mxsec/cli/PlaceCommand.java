package mxsec.cli;

import mxsec.model.EntityKind;
import picocli.CommandLine.Command;

@Command(name = "place",
        header = "Cities, ports, crossings and countries, or one in full.",
        description = {"Without NAME: the cities, ports, border crossings and countries, with fact counts.",
            "With NAME: a profile: its fields, then events, figures and what each report says."},
        footer = {"  mxsec place manzanillo", "  mxsec place tijuana --by date", "  mxsec place"})
final class PlaceCommand extends EntityCommand {
    @Override
    EntityKind kind() {
        return EntityKind.PLACE;
    }
}
