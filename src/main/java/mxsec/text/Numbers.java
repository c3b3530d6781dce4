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
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("half", 50),
            Map.entry("dozens", 24), Map.entry("hundreds", 200), Map.entry("thousands", 2000));
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "trillion", 1_000_000_000_000L);

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
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(Fold.fold(text));
        while (m.find()) tokens.add(m.group());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            BigDecimal base = null;
            if (Character.isDigit(token.charAt(0))) {
                base = new BigDecimal(token.replace(",", ""));
            } else if (WORDS.containsKey(token)) {
                base = BigDecimal.valueOf(WORDS.get(token));
                // "twenty five", "a hundred"
                if (i + 1 < tokens.size() && WORDS.containsKey(tokens.get(i + 1)) && WORDS.get(token) >= 20
                        && WORDS.get(tokens.get(i + 1)) < 10) {
                    values.add(base.add(BigDecimal.valueOf(WORDS.get(tokens.get(i + 1)))));
                }
            }
            if (base == null) continue;
            values.add(base.stripTrailingZeros());
            if (i + 1 < tokens.size() && SCALES.containsKey(tokens.get(i + 1))) {
                values.add(base.multiply(BigDecimal.valueOf(SCALES.get(tokens.get(i + 1)))).stripTrailingZeros());
            }
        }
        return values;
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
