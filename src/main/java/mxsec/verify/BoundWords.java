package mxsec.verify;

import mxsec.text.Fold;

import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Bound;

/**
 * The words with which English texts bound a figure ("more than", "up to", "some", "hundreds of"), so that
 * {@code verify} can hold a statistic's {@code bound} to what its cited lines write before the figure. Texts are
 * compared folded ({@link Fold#fold}).
 */
public final class BoundWords {
    private BoundWords() {}

    /** Phrases per bound, folded; longer phrases are tried before the words they end with. */
    static final Map<Bound, List<String>> PHRASES = Map.of(
            Bound.ABOUT, List.of("an estimated", "approximately", "roughly", "nearly", "almost", "around", "about", "circa",
                    "close to", "perhaps", "some", "estimated"),
            Bound.AT_LEAST, List.of("no fewer than", "no less than", "not less than", "a minimum of", "at least"),
            Bound.MORE_THAN, List.of("in excess of", "greater than", "upwards of", "more than", "over", "above"),
            Bound.AT_MOST, List.of("no more than", "a maximum of", "as many as", "as much as", "as high as", "at most", "at best",
                    "up to"),
            Bound.LESS_THAN, List.of("fewer than", "less than", "under", "below"));

    /** The plurals of a vague quantity: "hundreds of thousands", "tens of", "dozens". */
    public static final Set<String> VAGUE = Set.of("tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions");

    /**
     * The bound that the words ending {@code before} (folded text up to a figure's number) state, or null: the
     * phrase must stand right before the number, a currency sign or "USD" aside.
     */
    public static Bound stated(String before) {
        String s = trimCurrency(before);
        Bound found = null;
        int longest = 0;
        for (var e : PHRASES.entrySet()) {
            for (String phrase : e.getValue()) {
                if (phrase.length() > longest && endsWithWords(s, phrase)) {
                    found = e.getKey();
                    longest = phrase.length();
                }
            }
        }
        return found;
    }

    /** Whether one of {@code bound}'s phrases stands, as whole words, in {@code window} (folded text). */
    public static boolean written(String window, Bound bound) {
        String padded = " " + window.replaceAll("[^a-z0-9]+", " ") + " ";
        for (String phrase : PHRASES.getOrDefault(bound, List.of())) {
            if (padded.contains(" " + phrase + " ")) return true;
        }
        return false;
    }

    /** The words that say {@code bound}, for messages: "more than, over, above, ...". */
    public static String phrases(Bound bound) {
        return String.join(", ", PHRASES.getOrDefault(bound, List.of()));
    }

    private static String trimCurrency(String s) {
        String t = s.replaceAll("[^a-z0-9]+$", "");
        while (true) {
            String u = t.replaceAll("(?:^|[^a-z0-9])(?:usd|us|mxn)$", "").replaceAll("[^a-z0-9]+$", "");
            if (u.equals(t)) return t;
            t = u;
        }
    }

    private static boolean endsWithWords(String s, String phrase) {
        if (!s.endsWith(phrase)) return false;
        int start = s.length() - phrase.length();
        return start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1));
    }
}
