package mxsec.cli;

import java.util.List;
import mxsec.model.Entity;
import mxsec.model.Report;
import mxsec.query.Comparison;
import mxsec.query.Comparisons;
import mxsec.query.UnknownNameException;
import mxsec.render.ComparisonView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare",
        header = "Things of one kind side by side, or one subject across the reports.",
        description = {"Two or more things of one kind side by side, row by row: groups (type, leaders, lineage, structure, "
                + "territory, allies, rivals, revenue, capabilities, events, figures), states (dominant and other groups, "
                + "criminal economies, events, figures), reports (authors, date, focus, figures, recommendations), "
                + "administrations, people, institutions, policies, places.",
            "With --across-reports, one subject (or topic) with a column per report in date order: how the picture "
                + "changed from 2016 to 2024."},
        footer = {"  mxsec compare cjng sinaloa", "  mxsec compare guerrero michoacan tamaulipas", "  mxsec compare ellis-2016 felbab-brown-2024", "  mxsec compare pena-nieto lopez-obrador",
            "  mxsec compare --across-reports cjng", "  mxsec compare --across-reports homicide --width 200"})
final class CompareCommand extends QueryCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Things to compare (all of one kind; quote a name of several words), or with --across-reports one subject or topic.")
    List<String> names;

    @Option(names = "--across-reports", description = "Compare what each report says about one subject (entity or topic).")
    boolean acrossReports;

    @Override
    protected int execute() {
        Comparisons query = new Comparisons(corpus(), filters.filter(corpus()));
        // One subject, of one word or several.
        Comparison comparison = acrossReports ? query.acrossReports(String.join(" ", names)) : sideBySide(query);
        if (comparison.isEmpty()) {
            return nothing(String.join(", ", names) + ": nothing to compare");
        }
        ComparisonView.render(comparison, output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    private Comparison sideBySide(Comparisons query) {
        if (names.size() < 2) throw new UsageException("compare needs two or more names (or --across-reports SUBJECT)");
        // Reports are named as everywhere else: by id or a prefix of one id.
        List<Report> reports = query.reportsNamed(names);
        if (reports.size() == names.size()) return query.ofReports(reports);
        List<Entity> entities;
        try {
            entities = query.resolveOneKind(names);
        } catch (UnknownNameException e) {
            String joined = query.splitName(names);
            if (joined != null) {
                throw new UsageException("\"" + joined + "\" names one thing, but compare takes one name per argument: "
                        + "quote multi-word names (mxsec compare \"" + joined + "\" ...)");
            }
            if (reports.isEmpty()) throw e;
            throw new UsageException("cannot compare reports with other things: " + String.join(", ", names));
        }
        Entity other = Comparisons.ofAnotherKind(entities);
        if (other != null) {
            throw new UsageException("cannot compare a " + entities.get(0).kind().singular() + " (" + entities.get(0).id() + ") with a "
                    + other.kind().singular() + " (" + other.id() + "); compare things of one kind");
        }
        return query.of(entities);
    }
}
