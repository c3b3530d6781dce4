package mxsec.cli;

import mxsec.model.EntityKind;
import picocli.CommandLine.Command;

@Command(name = "administration",
        header = "Presidential administrations, or one in full.",
        description = {"Without NAME: the presidential administrations, with fact counts.",
            "With NAME: a profile: its fields, then events, figures and what each report says."},
        footer = {"  mxsec administration pena nieto", "  mxsec administration amlo --kind policy", "  mxsec administration"})
final class AdministrationCommand extends EntityCommand {
    @Override
    EntityKind kind() {
        return EntityKind.ADMINISTRATION;
    }
}
