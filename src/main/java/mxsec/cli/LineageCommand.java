package mxsec.cli;

import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.query.FactFilter;
import mxsec.query.Lineage;
import mxsec.render.Edges;
import mxsec.render.Tree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lineage",
        header = "The family tree of criminal groups: splits, offshoots, factions and armed wings.",
        description = {"Draws each group under the group it came from (split from, offshoot of, faction of, armed wing of, "
                + "successor of), every edge with the reports and dates that state it. With GROUP, the tree it belongs to, "
                + "from its oldest ancestor, with GROUP marked.",
            "Box-drawing characters, or ASCII with --ascii or a non-UTF-8 locale. A group some reports place under two "
                + "parents appears under both."},
        footer = {"  mxsec lineage", "  mxsec lineage cjng", "  mxsec lineage zetas --ascii", "  mxsec lineage --as-of 2018 -o csv"})
final class LineageCommand extends QueryCommand {
    @Parameters(arity = "0..1", paramLabel = "GROUP", description = "A group whose family to draw.")
    String name;

    @Override
    protected int execute() {
        FactFilter filter = filters.filter(corpus());
        Entity focus = name == null ? null : resolver().resolve(EntityKind.GROUP, name);
        Lineage lineage = Lineage.of(corpus(), filter, focus);
        if (lineage.isEmpty()) {
            return nothing(focus == null ? "no lineage recorded" : focus.name() + ": no split, offshoot, faction or armed wing recorded");
        }
        if (output.format().human()) Tree.write(lineage, output.style(), output.out());
        else Edges.lineageTable(lineage.edges()).render(output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }
}
