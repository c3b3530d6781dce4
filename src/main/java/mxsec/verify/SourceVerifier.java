package mxsec.verify;

import java.io.IOException;
import java.math.BigDecimal;
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
import mxsec.text.ReferenceText;
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
            if (!Files.exists(text)) {
                skipped.add(report.id());
                continue;
            }
            ReferenceText reference;
            try {
                reference = ReferenceText.read(text);
            } catch (ReferenceText.Unreadable e) {
                // A text that is there but no text (a directory, a FIFO, another encoding) is a failure, not a skip.
                failures.add(new Failure(report.location().file(), report.location().line(), report.id(), "reference text " + e.getMessage()));
                continue;
            }
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
        checkAnchor(fact, text, headings, under, first, failures);
        String evidenceFolded = Fold.fold(evidence);
        var stat = fact.statistic();
        if (stat != null && stat.asWritten() != null) {
            if (!evidenceFolded.contains(Fold.fold(stat.asWritten()))) {
                failures.add(new Failure(file, at, id, "figure '" + stat.asWritten() + "' (as_written) is not in lines " + fact.source().lines()));
            } else {
                checkNumber(failures, file, at, id, "value", stat.value(), stat.asWritten());
                checkNumber(failures, file, at, id, "low", stat.low(), stat.asWritten());
                checkNumber(failures, file, at, id, "high", stat.high(), stat.asWritten());
                String problem = boundProblem(evidenceFolded, stat);
                if (problem != null) failures.add(new Failure(file, at, id, problem + " (lines " + fact.source().lines() + ")"));
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
    /**
     * The anchor stands in the cited lines (compared as {@link ReferenceText#forAnchors} folds them) and the
     * paragraph is the number of the first cited line's paragraph within its section. A fact without them fails:
     * a line number of our copy is no citation a reader of the article can follow.
     */
    private static void checkAnchor(Fact fact, ReferenceText text, Map<String, Integer> headings, String under, int first,
                                    List<Failure> failures) {
        String file = fact.location().file();
        int at = fact.location().line();
        String id = fact.globalId();
        var source = fact.source();
        if (source.anchor() == null) {
            failures.add(new Failure(file, at, id, "no anchor: give the source a 'paragraph' and an 'anchor' (the opening words of the evidence sentence)"));
            return;
        }
        String cited = ReferenceText.forAnchors(text.join(first, source.lastLine()));
        if (!cited.contains(ReferenceText.forAnchors(source.anchor()))) {
            failures.add(new Failure(file, at, id, "anchor '" + source.anchor() + "' is not in lines " + source.lines()));
        }
        int heading = under == null ? 0 : headings.get(under);
        int paragraph = text.paragraph(first, heading, new java.util.HashSet<>(headings.values()));
        if (paragraph != source.paragraph()) {
            failures.add(new Failure(file, at, id, "line " + first + " is paragraph " + paragraph + " of "
                    + (under == null ? "the text before the first heading" : "'" + under + "'") + ", not " + source.paragraph()));
        }
    }

    private static void checkNumber(List<Failure> failures, String file, int at, String id, String field,
                                    mxsec.model.Decimal number, String asWritten) {
        if (number != null && !Numbers.textGives(asWritten, number.toBigDecimal())) {
            failures.add(new Failure(file, at, id, field + " " + number.toPlainString() + " does not match as_written '" + asWritten + "'"));
        }
    }

    /**
     * What is wrong with a statistic's bound, against the words the cited text puts before its figure, or null.
     * A bound word right before the number ("more than 300") must be the data's bound; a floor, a ceiling or an
     * approximation in the data must be written in the sentence before the figure; a vague figure's number is a
     * vague plural ("hundreds"). A range may be written "at most three to five".
     */
    static String boundProblem(String evidenceFolded, mxsec.model.Fact.Statistic stat) {
        String written = Fold.fold(stat.asWritten());
        int at = wordAt(evidenceFolded, written);
        if (at < 0) return null; // not there: reported above
        int number = Numbers.numberStart(written);
        if (number < 0) return null;
        String before = evidenceFolded.substring(0, at) + written.substring(0, number);
        mxsec.model.Bound data = stat.bound();
        mxsec.model.Bound stated = BoundWords.stated(before);
        if (data == mxsec.model.Bound.VAGUE) {
            String word = written.substring(number).split("[^a-z]", 2)[0];
            return BoundWords.VAGUE.contains(word) ? null : "bound 'vague' but '" + stat.asWritten() + "' gives a number, not a vague quantity";
        }
        if (stated != null && stated != data && !(data == mxsec.model.Bound.RANGE && stated == mxsec.model.Bound.AT_MOST)) {
            return "the text puts '" + lastWords(before) + "' before the figure (bound '" + stated.key() + "'), but its bound is '" + data.key() + "'";
        }
        if (stated == null && data != mxsec.model.Bound.EXACT && data != mxsec.model.Bound.RANGE) {
            int sentence = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")), 0);
            String window = before.substring(Math.max(sentence, before.length() - 80));
            if (!BoundWords.written(window, data)) {
                return "its bound is '" + data.key() + "', but no word for it (" + BoundWords.phrases(data)
                        + ") stands before the figure";
            }
        }
        return null;
    }

    /** Where {@code words} stand in {@code text} as whole words (not "15" inside "2015"), or -1. */
    private static int wordAt(String text, String words) {
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + words.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || !Character.isLetterOrDigit(words.charAt(words.length() - 1));
            if (startOk && endOk) return i;
        }
        return -1;
    }

    private static String lastWords(String before) {
        String[] words = before.strip().split("\\s+");
        int from = Math.max(0, words.length - 3);
        return String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
    }

    private static boolean isOwnYear(Fact fact, BigDecimal n) {
        if (fact.date() == null || n.scale() > 0) return false;
        int year = n.intValue();
        return year >= fact.date().firstYear() && year <= fact.date().lastYear();
    }
}
