package mxsec.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the figures a text writes, in digits or in words, so facts can be checked against their source. */
public final class Numbers {
    private Numbers() {}

    private static final Pattern DIGITS = Pattern.compile("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\w])");
    private static final Pattern TOKEN = Pattern.compile("[a-z]+|\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12),
            // Vague plurals stand for the floor their words imply (bound: vague): "hundreds" is at least two hundred.
            Map.entry("tens", 20), Map.entry("dozens", 24), Map.entry("scores", 40), Map.entry("hundreds", 200),
            Map.entry("thousands", 2000), Map.entry("millions", 2_000_000));
    /** Fractions give both the share and the percentage: "a quarter" is 0.25 and 25. */
    private static final Map<String, String[]> FRACTIONS = Map.of(
            "half", new String[] {"0.5", "50"}, "quarter", new String[] {"0.25", "25"},
            "third", new String[] {"0.33", "33"}, "fifth", new String[] {"0.2", "20"});
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "trillion", 1_000_000_000_000L,
            "thousands", 1_000L, "millions", 1_000_000L, "billions", 1_000_000_000L);

    /** The numbers written in digits in a text, thousands separators removed ("80,000" gives 80000). */
    public static List<BigDecimal> digitsIn(String text) {
        List<BigDecimal> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String whole = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
            found.add(new BigDecimal(whole));
        }
        return found;
    }

    /**
     * Every value a text can be read as giving: each digit figure, alone and times a following scale word
     * ("3 billion" gives 3 and 3000000000), and spelled-out numbers ("fifteen", "two dozen").
     */
    public static Set<BigDecimal> valuesIn(String text) {
        Set<BigDecimal> values = new LinkedHashSet<>();
        // "1/3" gives 0.33 and 33.3 (percent)
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            BigDecimal share = new BigDecimal(f.group(1)).divide(new BigDecimal(f.group(2)), 4, java.math.RoundingMode.HALF_UP);
            values.add(share.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
            values.add(share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(Fold.fold(text));
        while (m.find()) tokens.add(m.group());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            BigDecimal base = null;
            int next = i + 1;
            if (Character.isDigit(token.charAt(0))) {
                base = new BigDecimal(token.replace(",", ""));
            } else if (WORDS.containsKey(token)) {
                int n = WORDS.get(token);
                // "twenty five" (from "twenty-five"): one number
                if (n >= 20 && n < 100 && next < tokens.size() && WORDS.containsKey(tokens.get(next))
                        && WORDS.get(tokens.get(next)) < 10) {
                    values.add(BigDecimal.valueOf(n));
                    n += WORDS.get(tokens.get(next));
                    next++;
                }
                base = BigDecimal.valueOf(n);
            }
            if (FRACTIONS.containsKey(token)) {
                for (String v : FRACTIONS.get(token)) values.add(new BigDecimal(v).stripTrailingZeros());
            }
            if (base == null) continue;
            values.add(base.stripTrailingZeros());
            // "3 billion"; "hundreds of millions"
            if (next + 1 < tokens.size() && tokens.get(next).equals("of") && SCALES.containsKey(tokens.get(next + 1))) next++;
            if (next < tokens.size() && SCALES.containsKey(tokens.get(next))) {
                values.add(base.multiply(BigDecimal.valueOf(SCALES.get(tokens.get(next)))).stripTrailingZeros());
            }
        }
        return values;
    }

    /**
     * Where the number of {@code asWritten} (folded) begins: its first digit, number word, fraction or vague
     * plural; -1 when it has none. The words before it are the figure's bound words ("more than three hundred").
     */
    public static int numberStart(String asWritten) {
        Matcher m = TOKEN.matcher(asWritten);
        while (m.find()) {
            String t = m.group();
            if (Character.isDigit(t.charAt(0)) || WORDS.containsKey(t) || FRACTIONS.containsKey(t)) return m.start();
        }
        return -1;
    }

    /** True when {@code value} is among {@link #valuesIn(String)} of the text. */
    public static boolean textGives(String text, BigDecimal value) {
        BigDecimal wanted = value.stripTrailingZeros();
        for (BigDecimal v : valuesIn(text)) {
            if (v.compareTo(wanted) == 0) return true;
        }
        return false;
    }
}
