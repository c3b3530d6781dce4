package mxsec.cli;

import mxsec.model.EntityKind;
import picocli.CommandLine.Command;

@Command(name = "policy",
        header = "Laws, programmes, strategies and frameworks, or one in full.",
        description = {"Without NAME: the laws, programmes, strategies, operations and frameworks, with fact counts.",
            "With NAME: a profile: its history (created, changed, abolished), then events, figures and what each report says."},
        footer = {"  mxsec policy merida", "  mxsec policy mando unico -o json", "  mxsec policy"})
final class PolicyCommand extends EntityCommand {
    @Override
    EntityKind kind() {
        return EntityKind.POLICY;
    }

}
