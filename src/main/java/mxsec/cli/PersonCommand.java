package mxsec.cli;

import mxsec.model.EntityKind;
import picocli.CommandLine.Command;

@Command(name = "person",
        header = "People named in the reports, or one person's roles and facts.",
        description = {"Without NAME: the people named in the reports, with fact counts.",
            "With NAME: a profile: their roles (leadership facts), then events, figures and what each report says."},
        footer = {"  mxsec person el chapo", "  mxsec person lopez obrador --report felbab", "  mxsec person -o csv"})
final class PersonCommand extends EntityCommand {
    @Override
    EntityKind kind() {
        return EntityKind.PERSON;
    }

}
