package mxsec.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mxsec.model.Decimal;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.render.Mark;
import mxsec.query.FactFilter;
import mxsec.render.LabelColumn;
import mxsec.render.Style;
import mxsec.render.Tabular;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "figures",
        header = "Statistics (value, unit, date, scope, report), lined up as series.",
        description = "Statistics with value, unit, date, scope and report. With --topic or --measure they line up as "
            + "series (by measure, then date), so the reports' figures can be read side by side; a figure that another "
            + "report contradicts is marked.",
        footer = {"  mxsec figures --topic homicide", "  mxsec figures cjng", "  mxsec figures --measure criminal-groups",
            "  mxsec figures --report ellis-2018-may -o csv"})
@Marks({Mark.ESTIMATE, Mark.DIFFERS})
final class FiguresCommand extends QueryCommand {
    @Parameters(arity = "0..1", paramLabel = "SUBJECT", description = "Only figures about this state, group, person, institution, policy or place.")
    String subject;

    @Option(names = "--measure", paramLabel = "MEASURE", split = ",", description = "Only these measures (e.g. homicides, homicide-rate).")
    List<String> measures = new ArrayList<>();

    @Mixin
    EntityFilterOptions entities;

    /** A bar chart per measure with two or more figures in one unit: each report's figure, in date order. */
    private void charts(List<Fact> facts) {
        var style = output.style();
        var out = output.out();
        java.util.Map<String, List<Fact>> series = new java.util.LinkedHashMap<>();
        for (Fact f : facts) series.computeIfAbsent(f.statistic().measure() + " (" + f.statistic().unit() + ")", k -> new ArrayList<>()).add(f);
        String bar = style.pick("\u2588", "#");
        int[] palette = {33, 160, 34, 214, 129};
        java.util.Map<String, Integer> reportColor = new java.util.LinkedHashMap<>();
        for (var e : series.entrySet()) {
            List<Fact> points = e.getValue();
            if (points.size() < 2) continue;
            Decimal max = points.get(0).statistic().value();
            for (Fact f : points) if (f.statistic().value().compareTo(max) > 0) max = f.statistic().value();
            if (max.signum() <= 0) continue;
            List<String> labels = new ArrayList<>(points.size());
            for (Fact f : points) labels.add(f.effectiveDate().text() + "  " + f.report().id());
            LabelColumn column = LabelColumn.fitting(0, 2, labels);
            int room = Math.max(10, Math.min(50, (style.width() <= 0 ? 100 : style.width()) - column.width() - 14));
            out.print("\n" + style.bold(Style.safe(e.getKey())) + "\n");
            for (int i = 0; i < points.size(); i++) {
                Fact f = points.get(i);
                var s = f.statistic();
                int length = (int) Math.max(1, s.value().proportion(max, room));
                int color = reportColor.computeIfAbsent(f.report().id(), k -> palette[reportColor.size() % palette.length]);
                out.print("  " + column.pad(labels.get(i)) + style.fg(bar.repeat(length), color) + " " + s.value().toPlainString()
                        + view().legend().mark(Mark.ESTIMATE, s.estimate(), style) + "\n");
            }
        }
        out.flush();
    }

    /**
     * By measure when a series is asked for, then by date, then by the report's date. A class rather than
     * composed lambdas, whose first use cost a cold start 7-9 ms (docs/performance.md).
     */
    private record Order(boolean byMeasure) implements Comparator<Fact> {
        @Override
        public int compare(Fact a, Fact b) {
            int c = byMeasure ? a.statistic().measure().compareTo(b.statistic().measure()) : 0;
            if (c == 0) c = a.effectiveDate().compareTo(b.effectiveDate());
            return c != 0 ? c : a.report().published().compareTo(b.report().published());
        }
    }

    @Override
    protected int execute() {
        FactFilter filter = filters.filter(corpus(), entities.resolve(resolver())).withKinds(Set.of(FactKind.STATISTIC));
        String what = "no figures match the filters";
        if (subject != null) {
            Entity e = resolver().resolve(EnumSet.allOf(EntityKind.class), subject);
            filter = filter.about(e.kind(), e.id());
            what = e.name() + ": no figures";
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : facts(filter)) if (measures.isEmpty() || measures.contains(f.statistic().measure())) facts.add(f);
        facts.sort(new Order(!measures.isEmpty() || !filters.topics.isEmpty()));
        if (facts.isEmpty()) return nothing(what);
        if (output.format() == mxsec.render.OutputFormat.JSON || output.format() == mxsec.render.OutputFormat.JSONL
                || output.format() == mxsec.render.OutputFormat.YAML) {
            view().render(facts, output.format(), output.style(), output.out());
            return ExitCodes.OK;
        }
        boolean human = output.format().human();
        List<List<Object>> rows = new ArrayList<>();
        for (Fact f : facts) {
            var s = f.statistic();
            List<String> disagree = view().disagreeIds(f);
            if (human) {
                String value = s.value().toPlainString() + (s.upper() == null ? "" : "-" + s.upper().toPlainString())
                        + view().legend().mark(Mark.ESTIMATE, s.estimate(), output.style());
                String summary = f.summary() + " [" + f.globalId() + "]"
                        + (disagree.isEmpty() ? "" : " " + view().legend().mark(Mark.DIFFERS, output.style()) + " " + String.join(", ", disagree));
                rows.add(List.of(f.effectiveDate().text(), value, s.unit(), s.measure(), s.scope() == null ? "" : s.scope(), summary));
            } else {
                rows.add(java.util.Arrays.asList(f.effectiveDate().text(), s.value(), s.upper(), s.estimate(), s.unit(), s.measure(),
                        s.scope(), s.asWritten(), f.report().id(), f.source().section(), f.source().lines(), disagree, f.summary(), f.globalId()));
            }
        }
        List<String> columns = human ? List.of("date", "value", "unit", "measure", "scope", "summary")
                : List.of("date", "value", "upper", "estimate", "unit", "measure", "scope", "as_written", "report", "section", "lines",
                        "disagrees_with", "summary", "id");
        new Tabular(columns, rows).render(output.format(), output.style(), output.out());
        if (human) {
            output.out().println(output.style().dim("'mxsec show ID' gives the full citation"));
            if (!measures.isEmpty() || !filters.topics.isEmpty()) charts(facts);
        }
        return ExitCodes.OK;
    }

}
