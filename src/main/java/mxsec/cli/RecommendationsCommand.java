package mxsec.cli;

import java.util.List;
import java.util.Set;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.query.FactFilter;
import mxsec.render.Mark;
import mxsec.text.Fold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "recommendations",
        header = "Every report's recommendations.",
        description = "Every report's recommendations, by report in date order; filter by report, topic, and who should act.",
        footer = {"  mxsec recommendations", "  mxsec recommendations --report felbab --topic money-laundering",
            "  mxsec recommendations --actor congress", "  mxsec recommendations -o csv > recs.csv"})
@Marks({Mark.APPROXIMATE_DATE, Mark.INFERRED_DATE, Mark.CONTRADICTS, Mark.UPDATED, Mark.EARLIER, Mark.AGREES})
final class RecommendationsCommand extends QueryCommand {
    @Option(names = "--actor", paramLabel = "WHO", description = "Only recommendations addressed to WHO (e.g. 'United States', congress; matched as text).")
    List<String> actors = List.of();

    @Mixin
    EntityFilterOptions entities;

    @Override
    protected int execute() {
        FactFilter filter = filters.filter(corpus(), entities.resolve(resolver())).withKinds(Set.of(FactKind.RECOMMENDATION));
        List<Fact> facts = facts(filter).stream().filter(this::addressed).toList();
        if (facts.isEmpty()) return nothing("no recommendations match the filters");
        view().render(facts, "report", f -> f.report().id() + " (" + f.report().published().text() + ")",
                output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    private boolean addressed(Fact f) {
        if (actors.isEmpty()) return true;
        return f.recommendation().actors().stream()
                .anyMatch(a -> actors.stream().anyMatch(wanted -> Fold.fold(a).contains(Fold.fold(wanted))));
    }
}
