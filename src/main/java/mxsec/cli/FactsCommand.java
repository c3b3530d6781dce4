package mxsec.cli;

import java.util.List;
import mxsec.model.Fact;
import mxsec.render.Mark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mxsec facts}: the dataset itself, every fact that the filters keep, in corpus order, in any format. */
@Command(name = "facts",
        header = "Every fact, filtered, in any format: the dataset for R, pandas or a spreadsheet.",
        description = "Every fact of the corpus that the filters keep, in corpus order (reports by date, then each "
            + "report's facts in the order of its text), with its citation. -o csv gives one row per fact and one "
            + "column per field (see docs/codebook.md), entity columns as ids joined with '; '; -o jsonl one object per "
            + "line; -o json the documented fact objects (docs/json.md).",
        footer = {"  mxsec facts -o csv > mxsec-facts.csv", "  mxsec facts --kind statistic --topic homicide -o jsonl",
            "  mxsec facts --group cjng --since 2018", "  mxsec facts --report felbab-brown-2024 --kind recommendation -o md"})
@Marks({Mark.APPROXIMATE_DATE, Mark.INFERRED_DATE, Mark.CONTRADICTS, Mark.UPDATED, Mark.EARLIER, Mark.AGREES})
final class FactsCommand extends QuotingCommand {
    @Mixin
    EntityFilterOptions entities;

    @Override
    protected int execute() {
        List<Fact> facts = facts(filters.filter(corpus(), entities.resolve(resolver())));
        if (facts.isEmpty()) return nothing("no facts match the filters");
        view().render(facts, output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }
}
