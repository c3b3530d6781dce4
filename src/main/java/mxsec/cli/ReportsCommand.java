package mxsec.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.Report;
import mxsec.render.Detail;
import mxsec.render.Tabular;
import mxsec.query.ReportResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mxsec reports [ID]}: the reports of the corpus, or one report with its full citation. */
@Command(name = "reports",
        header = "The reports of the corpus, or one with its full citation.",
        description = "List the reports (id, date, authors, fact count, title), or show one with its full citation.",
        footer = {
            "  mxsec reports",
            "  mxsec reports felbab-brown-2024",
            "  mxsec reports -o csv > reports.csv",
        },
        exitCodeList = {"0:found", "2:usage error or unknown report", "3:invalid corpus"})
final class ReportsCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "A report id (a unique prefix is enough).")
    String id;

    @Mixin
    OutputOptions.Standard output;

    @Mixin
    CorpusOptions corpusOptions;

    @Override
    protected int execute() {
        Corpus corpus = corpusOptions.corpus();
        if (id == null) {
            List<List<Object>> rows = new ArrayList<>();
            for (Report r : corpus.reports()) {
                rows.add(List.of(r.id(), r.published().text(), r.authors(), factCount(corpus, r), r.title()));
            }
            new Tabular(List.of("id", "published", "authors", "facts", "title"), rows)
                    .render(output.format(), output.style(), output.out());
            return ExitCodes.OK;
        }
        Report report = ReportResolver.resolve(corpus, id);
        Map<FactKind, Integer> byKind = new EnumMap<>(FactKind.class);
        for (Fact f : corpus.facts()) {
            if (f.report() == report) byKind.merge(f.kind(), 1, Integer::sum);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        byKind.forEach((k, n) -> counts.put(k.key(), n));
        new Detail()
                .put("id", report.id())
                .put("title", report.title())
                .put("authors", report.authors())
                .put("author_inferred", report.authorInferred() ? true : null)
                .put("publisher", report.publisher())
                .put("published", report.published().text())
                .put("published_inferred", report.publishedInferred() ? true : null)
                .put("kind", report.kind())
                .put("url", report.url())
                .put("citation", report.citation())
                .put("notes", report.notes())
                .put("sections", report.sections())
                .put("facts", factCount(corpus, report))
                .put("facts_by_kind", output.format().human()
                        ? counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()
                        : counts)
                .render(output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    private static int factCount(Corpus corpus, Report report) {
        return (int) corpus.facts().stream().filter(f -> f.report() == report).count();
    }
}
