package mxsec.cli;

import mxsec.model.EntityKind;
import picocli.CommandLine.Command;

@Command(name = "institution",
        header = "Institutions (SEDENA, SEMAR, the DEA, ...), or one in full.",
        description = {"Without NAME: the institutions (SEDENA, SEMAR, the National Guard, the DEA, ...), with fact counts.",
            "With NAME: a profile: its leaders and policies, then events, figures and what each report says."},
        footer = {"  mxsec institution semar", "  mxsec institution guardia nacional --since 2019", "  mxsec institution"})
final class InstitutionCommand extends EntityCommand {
    @Override
    EntityKind kind() {
        return EntityKind.INSTITUTION;
    }

}
