package mxsec.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.SearchTexts;
import mxsec.text.Fold;

/**
 * Ranked search over entity names and aliases and over facts (summaries, notes, the names of what they are
 * about), case- and accent-insensitive, every word matching. Matches the folded texts of {@link FoldedTexts}.
 * Loops and named classes, no lambdas (docs/performance.md).
 */
public final class Search {
    private Search() {}

    /** One hit: an entity or a fact, with its score. */
    public record Hit(int score, Entity entity, Fact fact) {}

    /** The words typed, in the folded word form the texts are matched in (blank when none has letters or digits). */
    public static String phrase(List<String> words) {
        return Fold.words(String.join(" ", words));
    }

    /**
     * The entities whose spellings match {@code phrase} (see {@link #phrase}) and the facts that match it and pass
     * {@code filter}, best first (see {@link Ranking}); at most {@code limit} of them, all when it is 0.
     */
    public static List<Hit> hits(Corpus corpus, String phrase, FactFilter filter, int limit) {
        List<String> tokens = List.of(phrase.trim().split(" "));
        FoldedTexts index = FoldedTexts.of(corpus);
        List<Hit> hits = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : corpus.entities(kind)) {
                int score = entityScore(index, e, phrase, tokens);
                if (score > 0) hits.add(new Hit(score, e, null));
            }
        }
        // By position: the text is matched first, so only the facts that match are decoded from the index.
        for (int i = 0, n = corpus.factCount(); i < n; i++) {
            int score = factScore(index.text(i), phrase, tokens);
            if (score == 0) continue;
            Fact f = corpus.factAt(i);
            if (filter.test(f)) hits.add(new Hit(score, null, f));
        }
        hits.sort(new Ranking());
        if (limit > 0 && hits.size() > limit) hits = hits.subList(0, limit);
        return hits;
    }

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

    /** 40 for a spelling that is the phrase, 20 for one that contains it, 10 for one that has all its words. */
    private static int entityScore(FoldedTexts index, Entity e, String phrase, List<String> tokens) {
        int best = 0;
        for (String w : index.spellings(e)) {
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

    /** Per word: 3 in the summary as a word, 2 as a word's start, 1 elsewhere in the text (0 when missing); 5 more for the phrase in the summary. */
    private static int factScore(SearchTexts.Text text, String phrase, List<String> tokens) {
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
}
