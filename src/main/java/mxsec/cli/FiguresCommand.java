package mxsec.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.query.FactFilter;
import mxsec.query.Series;
import mxsec.render.FigureTable;
import mxsec.render.Mark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "figures",
        header = "Statistics (value, unit, date, scope, report), lined up as series.",
        description = "Statistics with value, unit, date, scope and report. Each figure is said as its report bounds it: "
            + "'up to 245', 'more than 300', 'about 80%%', '6,000-8,000', 'hundreds of thousands (>= 200,000)'. With --topic "
            + "or --measure they line up as series (by measure, then date) and are drawn as bar charts, so the reports' "
            + "figures can be read side by side: a floor ends open, a ceiling is drawn light, a range has a whisker to "
            + "its high end, and the signs below stand for the bound words. Where another report contradicts, updates "
            + "or agrees with a figure, it says so.",
        footer = {"  mxsec figures --topic homicide", "  mxsec figures cjng", "  mxsec figures --measure criminal-groups",
            "  mxsec figures --report ellis-2018-may -o csv"})
@Marks({Mark.ABOUT, Mark.AT_LEAST, Mark.MORE_THAN, Mark.AT_MOST, Mark.LESS_THAN, Mark.CONTRADICTS, Mark.UPDATED, Mark.EARLIER, Mark.AGREES})
final class FiguresCommand extends QueryCommand {
    @Parameters(arity = "0..1", paramLabel = "SUBJECT", description = "Only figures about this state, group, person, institution, policy or place.")
    String subject;

    @Option(names = "--measure", paramLabel = "MEASURE", split = ",", description = "Only these measures (e.g. homicides, homicide-rate).")
    List<String> measures = new ArrayList<>();

    @Mixin
    EntityFilterOptions entities;

    @Override
    protected int execute() {
        FactFilter filter = filters.filter(corpus(), entities.resolve(resolver()));
        String what = "no figures match the filters";
        if (subject != null) {
            Entity e = resolver().resolve(EnumSet.allOf(EntityKind.class), subject);
            filter = filter.about(e.kind(), e.id());
            what = e.name() + ": no figures";
        }
        // With --topic or --measure the figures line up as series, and people get a bar chart of each.
        boolean series = !measures.isEmpty() || !filters.topics.isEmpty();
        List<Fact> facts = Series.figures(corpus(), filter, measures, series);
        if (facts.isEmpty()) return nothing(what);
        FigureTable.render(facts, series ? Series.of(facts) : null, view(), output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }
}
