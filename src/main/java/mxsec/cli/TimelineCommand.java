package mxsec.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.query.FactFilter;
import mxsec.render.Mark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline",
        header = "Dated events in order, filtered by who, where, what and when.",
        description = "Dated events and policy actions in date order, filtered by state, group, person, institution, "
            + "policy, place, topic, report and period. Partial dates (2015, 2015-04) sort before the days they contain "
            + "and show as written.",
        footer = {"  mxsec timeline --since 2018 --group sinaloa", "  mxsec timeline --state guerrero --by administration",
            "  mxsec timeline --topic prisons --by year", "  mxsec timeline --person chapo -o csv"})
@Marks({Mark.APPROXIMATE_DATE, Mark.INFERRED_DATE, Mark.CONTRADICTS, Mark.UPDATED, Mark.EARLIER, Mark.AGREES})
final class TimelineCommand extends QueryCommand {
    enum By { none, year, administration }

    @Mixin
    EntityFilterOptions entities;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "none",
            description = "Headings between periods: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    By by = By.none;

    @Override
    protected int execute() {
        FactFilter filter = filters.filter(corpus(), entities.resolve(resolver()));
        if (filter.kinds().isEmpty()) filter = filter.withKinds(Set.of(FactKind.EVENT, FactKind.POLICY));
        List<Fact> facts = facts(filter).stream().filter(f -> f.date() != null)
                .sorted(Comparator.comparing(Fact::effectiveDate).thenComparing(f -> f.report().published()))
                .toList();
        if (facts.isEmpty()) return nothing("no dated events match the filters");
        Function<Fact, String> grouping = switch (by) {
            case none -> null;
            case year -> f -> String.valueOf(f.effectiveDate().firstYear());
            case administration -> this::administration;
        };
        view().render(facts, "period", grouping, output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    /** The Mexican administration in office when the fact's date begins. */
    private String administration(Fact f) {
        List<Entity> mexican = corpus().entities(EntityKind.ADMINISTRATION).stream()
                .filter(a -> !"US".equals(a.attribute("country")))
                .sorted(Comparator.comparing(a -> a.attribute("start")))
                .toList();
        String day = f.effectiveDate().first().toString();
        for (Entity a : mexican) {
            String end = a.attribute("end");
            if (day.compareTo(a.attribute("start")) >= 0 && (end == null || day.compareTo(end + "-99") <= 0)) {
                return a.name() + " (" + a.attribute("start").substring(0, 4) + "-" + (end == null ? "" : end.substring(0, 4)) + ")";
            }
        }
        return mexican.isEmpty() || day.compareTo(mexican.get(0).attribute("start")) >= 0
                ? "Other" : "Before the " + mexican.get(0).name();
    }
}
