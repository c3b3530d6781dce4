package mxsec.text;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...": the candidates closest to what was typed. */
public final class Suggest {
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Suggest() {}

    /**
     * Up to {@code max} candidates close to {@code typed}, closest first. {@code keyed} maps a spelling to
     * what it stands for (several spellings may stand for one answer; each answer is given once).
     */
    public static <T> List<T> closest(String typed, Map<String, T> keyed, int max) {
        if (typed.length() > Lengths.NAME) return List.of(); // nothing is that long: no edit distances over it
        String t = Fold.fold(typed);
        Map<T, Double> best = new LinkedHashMap<>();
        Map<T, Integer> distances = new LinkedHashMap<>();
        for (Map.Entry<String, T> e : keyed.entrySet()) {
            String k = Fold.fold(e.getKey());
            // Over three times longer than k, t is near by none of the three rules below: skip the costly measures.
            if (k.isEmpty() || t.length() > 3 * k.length()) continue;
            int distance = LEVENSHTEIN.apply(t, k);
            double similarity = JARO_WINKLER.apply(t, k);
            boolean near = distance <= Math.max(1, Math.min(t.length(), k.length()) / 3) || similarity >= 0.88
                    || (t.length() >= 3 && k.contains(t));
            if (!near) continue;
            double score = distance - similarity;
            best.merge(e.getValue(), score, Math::min);
            distances.merge(e.getValue(), distance, Math::min);
        }
        // A clear winner hides the also-rans: keep those within one edit of the closest.
        int closest = distances.values().stream().min(Integer::compare).orElse(0);
        return best.entrySet().stream()
                .filter(e -> distances.get(e.getKey()) <= closest + 1)
                .sorted(Map.Entry.<T, Double>comparingByValue().thenComparing(e -> String.valueOf(e.getKey())))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The same, for plain strings. */
    public static List<String> closest(String typed, Collection<String> candidates, int max) {
        Map<String, String> keyed = new LinkedHashMap<>();
        for (String c : candidates) keyed.put(c, c);
        return closest(typed, keyed, max);
    }

    /** " (did you mean 'x'?)" or "" when nothing is close. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        List<String> near = closest(typed, candidates, 3);
        if (near.isEmpty()) return "";
        return " (did you mean " + String.join(", ", near.stream().map(s -> "'" + s + "'").toList()) + "?)";
    }

}
