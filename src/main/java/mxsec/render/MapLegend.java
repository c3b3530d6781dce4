package mxsec.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mxsec.query.StateMap;

/**
 * What a map's values look like: a colour and a letter per dominant group (the groups that hold the most states
 * first), per presence status, or per band of fact counts (shades of blue, or denser characters), and the legend.
 */
public final class MapLegend {
    private static final int[] PALETTE = {160, 33, 34, 214, 129, 37, 202, 99, 142, 205, 94, 66};
    private static final int SEVERAL = 245;
    private static final int NONE_DOMINANT = 252;
    private static final int[] STATUS_COLORS = {160, 214, 33, 110, 250}; // as StateMap.STATUSES
    private static final int[] SHADES = {254, 153, 75, 27, 18};
    private static final String[] BANDS = {"0", "1-2", "3-5", "6-10", "11+"};
    // A picture is always in colour, whatever --color says. Groups: Paul Tol's colour-blind-safe "muted" scheme
    // (https://personal.sron.nl/~pault/); the greys stay for "several", "none dominant" and "no fact". Statuses and
    // counts are ordered, so they take sequential scales (ColorBrewer Purples and Blues, 5 classes).
    private static final int[] PALETTE_RGB = {0xCC6677, 0x332288, 0xDDCC77, 0x117733, 0x88CCEE, 0x882255, 0x44AA99, 0x999933, 0xAA4499};
    private static final int SEVERAL_RGB = 0x555555;
    private static final int NONE_DOMINANT_RGB = 0xAAAAAA;
    private static final int[] STATUS_RGB = {0x54278F, 0x756BB1, 0x9E9AC8, 0xCBC9E2, 0xF2F0F7}; // as StateMap.STATUSES
    private static final int[] SHADES_RGB = {0xEFF3FF, 0xBDD7E7, 0x6BAED6, 0x3182BD, 0x08519C};
    /** A picture's colour for a state no fact speaks of (the terminal leaves its cell blank). */
    public static final int NO_FACT_RGB = 0xDDDDDD;

    private MapLegend() {}

    /** The map's title. */
    public static String title(StateMap map) {
        if (map.byTopic()) return "Facts on " + String.join(", ", map.topics()) + " by state";
        return map.group() == null ? "Dominant groups by state" : "Where " + map.group().name() + " is, by state";
    }

    /** Value to category, in a stable order: groups by how many states they hold, then id; then the others. */
    public static Map<String, TileMap.Category> legend(StateMap map, boolean unicode) {
        Map<String, TileMap.Category> legend = new LinkedHashMap<>();
        if (map.byTopic()) {
            String[] marks = unicode ? new String[] {" ", "\u2591", "\u2592", "\u2593", "\u2588"} : new String[] {" ", ".", "+", "*", "#"};
            for (int i = 0; i < BANDS.length; i++) legend.put(BANDS[i], new TileMap.Category(marks[i], SHADES[i], SHADES_RGB[i], BANDS[i] + " facts"));
            return legend;
        }
        if (map.group() != null) {
            for (int i = 0; i < StateMap.STATUSES.size(); i++) {
                String status = StateMap.STATUSES.get(i);
                boolean shown = false;
                for (StateMap.State s : map.states()) shown |= status.equals(s.value());
                if (shown) legend.put(status, new TileMap.Category(status.substring(0, 1).toUpperCase(Locale.ROOT), STATUS_COLORS[i], STATUS_RGB[i], status));
            }
            return legend;
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        List<String> groups = new ArrayList<>();
        for (StateMap.State s : map.states()) {
            if (s.value() == null) continue;
            Integer n = counts.get(s.value());
            counts.put(s.value(), n == null ? 1 : n + 1);
            if (n != null || s.value().equals(StateMap.SEVERAL) || s.value().equals(StateMap.NO_DOMINANT)) continue;
            groups.add(s.value());
            labels.put(s.value(), s.dominant() == null ? s.value() : s.dominant().name() + " (" + s.value() + ")");
        }
        // Most states first, then by id: an insertion sort (a dozen groups; no comparator lambdas on this path).
        for (int i = 1; i < groups.size(); i++) {
            String g = groups.get(i);
            int j = i - 1;
            while (j >= 0 && before(g, groups.get(j), counts)) {
                groups.set(j + 1, groups.get(j));
                j--;
            }
            groups.set(j + 1, g);
        }
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            legend.put(g, new TileMap.Category(String.valueOf((char) ('a' + i)), PALETTE[i % PALETTE.length],
                    PALETTE_RGB[i % PALETTE_RGB.length], labels.get(g)));
        }
        if (counts.containsKey(StateMap.SEVERAL)) legend.put(StateMap.SEVERAL, new TileMap.Category("+", SEVERAL, SEVERAL_RGB, "several groups dominant"));
        if (counts.containsKey(StateMap.NO_DOMINANT)) {
            legend.put(StateMap.NO_DOMINANT, new TileMap.Category("-", NONE_DOMINANT, NONE_DOMINANT_RGB, "groups present, none dominant"));
        }
        return legend;
    }

    private static boolean before(String a, String b, Map<String, Integer> counts) {
        int byCount = counts.get(b) - counts.get(a);
        return byCount < 0 || byCount == 0 && a.compareTo(b) < 0;
    }

    /** The legend's category for a value: its band, for a count of facts. */
    public static String key(StateMap map, String value) {
        if (!map.byTopic()) return value;
        int n = Integer.parseInt(value);
        return n == 0 ? "0" : n <= 2 ? "1-2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
    }
}
