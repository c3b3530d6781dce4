package mxsec.verify;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.Report;
import mxsec.text.Fold;
import mxsec.text.Numbers;

/**
 * Checks every fact's locator against the report's reference text ({@code DIR/<report-id>.txt}): the lines
 * exist, they stand under the cited heading, the figure as written and every number of the summary stand in
 * them, and so does at least one of the entities the fact names.
 */
public final class SourceVerifier {
    /** One failed check: the fact, where it is written, and what is missing. */
    public record Failure(String file, int line, String factId, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + factId + ": " + message;
        }
    }

    /** The outcome: facts checked, reports without a reference text, and the failures. */
    public record Result(int checked, List<String> skippedReports, List<Failure> failures) {}

    private final Corpus corpus;
    private final Path sources;

    public SourceVerifier(Corpus corpus, Path sources) {
        this.corpus = corpus;
        this.sources = sources;
    }

    public Result run() throws IOException {
        List<Failure> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int checked = 0;
        for (Report report : corpus.reports()) {
            Path text = sources.resolve(report.id() + ".txt");
            if (!Files.isRegularFile(text)) {
                skipped.add(report.id());
                continue;
            }
            ReferenceText reference = new ReferenceText(Files.readAllLines(text, StandardCharsets.UTF_8));
            Map<String, Integer> headings = headingLines(report, reference, failures);
            for (Fact fact : corpus.facts()) {
                if (fact.report() != report) continue;
                checked++;
                check(fact, reference, headings, failures);
            }
        }
        return new Result(checked, skipped, failures);
    }

    /** The line of each section heading; headings must stand as lines (or two joined lines), in order. */
    private Map<String, Integer> headingLines(Report report, ReferenceText text, List<Failure> failures) {
        Map<String, Integer> found = new LinkedHashMap<>();
        int from = 1;
        for (String section : report.sections()) {
            int line = text.findHeading(section, from);
            if (line < 0) {
                failures.add(new Failure(report.location().file(), report.location().line(), report.id(),
                        "section heading '" + section + "' is not a line of the reference text (after line " + (from - 1) + ")"));
            } else {
                found.put(section, line);
                from = line + 1;
            }
        }
        return found;
    }

    private void check(Fact fact, ReferenceText text, Map<String, Integer> headings, List<Failure> failures) {
        String file = fact.location().file();
        int at = fact.location().line();
        String id = fact.globalId();
        int first = fact.source().firstLine();
        int last = fact.source().lastLine();
        if (last > text.size()) {
            failures.add(new Failure(file, at, id, "lines " + fact.source().lines() + " are past the end of the text (" + text.size() + " lines)"));
            return;
        }
        // The heading under which the lines stand: the last heading before the first cited line.
        String under = null;
        for (var h : headings.entrySet()) {
            if (h.getValue() < first) under = h.getKey();
        }
        String cited = fact.source().section();
        if (cited != null && headings.containsKey(cited) && !cited.equals(under)) {
            failures.add(new Failure(file, at, id, "lines " + fact.source().lines() + " stand under "
                    + (under == null ? "no heading" : "'" + under + "'") + ", not '" + cited + "'"));
        } else if (cited == null && under != null) {
            failures.add(new Failure(file, at, id, "lines " + fact.source().lines() + " stand under '" + under + "': cite that section"));
        }
        String evidence = text.join(first, last);
        String evidenceFolded = Fold.fold(evidence);
        var stat = fact.statistic();
        if (stat != null && stat.asWritten() != null) {
            if (!evidenceFolded.contains(Fold.fold(stat.asWritten()))) {
                failures.add(new Failure(file, at, id, "figure '" + stat.asWritten() + "' (as_written) is not in lines " + fact.source().lines()));
            } else if (stat.value() != null && !givesValue(stat.asWritten(), stat.value().toBigDecimal())) {
                failures.add(new Failure(file, at, id, "value " + stat.value().toPlainString() + " does not match as_written '" + stat.asWritten() + "'"));
            }
            if (stat.upper() != null && !Numbers.textGives(evidence, stat.upper().toBigDecimal())) {
                failures.add(new Failure(file, at, id, "upper " + stat.upper().toPlainString() + " is not in lines " + fact.source().lines()));
            }
        }
        for (BigDecimal n : Numbers.digitsIn(fact.summary())) {
            if (isOwnYear(fact, n)) continue;
            if (!Numbers.textGives(evidence, n)) {
                failures.add(new Failure(file, at, id, "number " + n.toPlainString() + " of the summary is not in lines " + fact.source().lines()));
            }
        }
        List<Entity> named = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (String ref : fact.refs(kind)) {
                Entity e = corpus.entity(kind, ref);
                if (e != null) named.add(e);
            }
        }
        if (!named.isEmpty()) {
            String words = Fold.words(evidence);
            boolean any = named.stream().anyMatch(e -> e.names().stream().anyMatch(n -> Fold.containsWords(words, Fold.words(n))));
            if (!any) {
                failures.add(new Failure(file, at, id, "none of the entities it names ("
                        + String.join(", ", named.stream().map(Entity::id).toList()) + ") is in lines " + fact.source().lines()));
            }
        }
    }

    /** The figure as written must give the value: "80,000" gives 80000; "$3 billion" gives 3 and 3000000000. */
    private static boolean givesValue(String asWritten, BigDecimal value) {
        return Numbers.textGives(asWritten, value);
    }

    private static boolean isOwnYear(Fact fact, BigDecimal n) {
        if (fact.date() == null || n.scale() > 0) return false;
        int year = n.intValue();
        return year >= fact.date().firstYear() && year <= fact.date().lastYear();
    }
}
