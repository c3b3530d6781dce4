package mxsec.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.query.FactFilter;
import mxsec.query.NameResolver;
import mxsec.query.SearchIndex;
import mxsec.render.FactView;
import mxsec.render.LabelColumn;
import mxsec.render.Mark;
import mxsec.render.Tabular;
import mxsec.text.Fold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search",
        header = "Ranked search over facts and names.",
        description = "Ranked search over facts (summaries, notes, the names of what they are about) and over entity "
            + "names and aliases; case- and accent-insensitive, every word must match.",
        footer = {"  mxsec search huachicol", "  mxsec search \"fuel theft\" --report ellis-2018-mar",
            "  mxsec search lopez obrador hugs", "  mxsec search fentanyl china -o json | jq '.[0]'"})
@Marks({Mark.APPROXIMATE_DATE, Mark.INFERRED_DATE, Mark.ESTIMATE, Mark.DIFFERS})
final class SearchCommand extends QueryCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (0: all; default: ${DEFAULT-VALUE}).")
    int limit;

    /** One hit: an entity or a fact, with its score. */
    private record Hit(int score, Entity entity, Fact fact) {}

    /** Best score first; then facts by date (entities before them), then by id. A class, not a lambda (docs/performance.md). */
    private static final class Ranking implements Comparator<Hit> {
        @Override
        public int compare(Hit a, Hit b) {
            int c = Integer.compare(b.score(), a.score());
            if (c == 0) c = date(a).compareTo(date(b));
            return c != 0 ? c : id(a).compareTo(id(b));
        }

        private static String date(Hit h) {
            return h.fact() == null ? "" : h.fact().effectiveDate().first().toString();
        }

        private static String id(Hit h) {
            return h.fact() == null ? h.entity().id() : h.fact().globalId();
        }
    }

    @Override
    protected int execute() {
        if (limit < 0) throw new UsageException("--limit must be 0 or more");
        String phrase = Fold.words(String.join(" ", words));
        List<String> tokens = List.of(phrase.trim().split(" "));
        if (phrase.isBlank()) throw new UsageException("search needs at least one word with letters or digits");
        FactFilter filter = filters.filter(corpus());
        List<Hit> hits = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : corpus().entities(kind)) {
                int score = entityScore(e, phrase, tokens);
                if (score > 0) hits.add(new Hit(score, e, null));
            }
        }
        // By position: the text is matched first, so only the facts that match are decoded from the index.
        SearchIndex index = SearchIndex.of(corpus());
        for (int i = 0, n = corpus().factCount(); i < n; i++) {
            int score = factScore(index.text(i), phrase, tokens);
            if (score == 0) continue;
            Fact f = corpus().factAt(i);
            if (filter.test(f)) hits.add(new Hit(score, null, f));
        }
        hits.sort(new Ranking());
        if (limit > 0 && hits.size() > limit) hits = hits.subList(0, limit);
        if (hits.isEmpty()) return nothing("'" + String.join(" ", words) + "': not mentioned");
        render(hits);
        return ExitCodes.OK;
    }

    private int entityScore(Entity e, String phrase, List<String> tokens) {
        int best = 0;
        for (String w : SearchIndex.of(corpus()).spellings(e)) {
            if (w.equals(phrase)) best = Math.max(best, 40);
            else if (w.contains(phrase)) best = Math.max(best, 20);
            else if (allWords(w, tokens)) best = Math.max(best, 10);
        }
        return best;
    }

    /** Whether every token stands in {@code words} as a word (a loop: this runs for every spelling of every name). */
    private static boolean allWords(String words, List<String> tokens) {
        for (String t : tokens) {
            if (!words.contains(" " + t + " ")) return false;
        }
        return true;
    }

    private static int factScore(mxsec.model.SearchTexts.Text text, String phrase, List<String> tokens) {
        String summary = text.summary();
        String other = text.other();
        int score = 0;
        for (String t : tokens) {
            String padded = " " + t + " ";
            if (summary.contains(padded)) score += 3;
            else if (summary.contains(" " + t)) score += 2;
            else if (other.contains(" " + t)) score += 1;
            else return 0;
        }
        if (tokens.size() > 1 && summary.contains(phrase)) score += 5;
        return score;
    }

    private void render(List<Hit> hits) {
        if (output.format() == mxsec.render.OutputFormat.TABLE) {
            var style = output.style();
            var out = output.out();
            List<String> kinds = new ArrayList<>();
            for (Hit h : hits) if (h.entity() != null) kinds.add(h.entity().kind().singular());
            // One label column for kinds and dates: as wide as the facts' date column, or as the longest kind and a gap.
            LabelColumn column = LabelColumn.fitting(FactView.DATES.width(), 2, kinds);
            for (Hit h : hits) {
                if (h.entity() != null) {
                    out.print(style.cyan(column.pad(h.entity().kind().singular()))
                            + mxsec.render.Style.safe(NameResolver.label(h.entity())) + "\n");
                } else {
                    view().printHuman(h.fact(), column, style, out);
                }
            }
            out.flush();
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Hit h : hits) {
            if (h.entity() != null) {
                rows.add(java.util.Arrays.asList("entity", h.entity().id(), h.entity().kind().singular(), h.entity().name(), null, null, h.score()));
            } else {
                Fact f = h.fact();
                rows.add(java.util.Arrays.asList("fact", f.globalId(), f.kind().key(), f.summary(),
                        f.date() == null ? null : f.date().text(), FactView.citation(f), h.score()));
            }
        }
        new Tabular(List.of("type", "id", "kind", "text", "date", "citation", "score"), rows)
                .render(output.format(), output.style(), output.out());
    }
}
