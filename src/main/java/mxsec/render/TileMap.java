package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import mxsec.model.Entity;
import mxsec.query.StateMap;

/**
 * Mexico's 32 states as a tile grid: one labelled cell per state, placed so the country's shape stays
 * recognisable (north-west at the top left, Yucatán at the right), like the well-known US tile maps. Each
 * cell shows a category: a background colour with colour, a letter or pattern without; the legend maps them.
 */
public final class TileMap {
    /** ISO suffix at row, column. */
    static final String[][] GRID = {
        {"BCN", "SON", "CHH", "COA", "NLE", null, null, null, null},
        {"BCS", "SIN", "DUR", "ZAC", "SLP", "TAM", null, null, null},
        {null, "NAY", "AGU", "GUA", "QUE", "HID", "VER", null, null},
        {null, "JAL", "MIC", "MEX", "CMX", "TLA", "PUE", null, "YUC"},
        {null, "COL", "GRO", "MOR", "OAX", null, "TAB", "CAM", "ROO"},
        {null, null, null, null, null, "CHP", null, null, null},
    };

    /**
     * A category of the legend: its marker without colour, its background colour in the terminal (xterm 256), its
     * colour in a picture (0xRRGGBB, see {@link SvgMap}), and what it means.
     */
    public record Category(String marker, int color, int rgb, String label) {
        // Written out: a record's generated equals and hashCode bootstrap method handles, ~20 ms on a cold JVM.
        @Override
        public boolean equals(Object o) {
            return o instanceof Category c && c.color == color && c.rgb == rgb && java.util.Objects.equals(c.marker, marker)
                    && java.util.Objects.equals(c.label, label);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(marker, color, rgb, label);
        }
    }

    /** A map of values per state (see {@link StateMap}), with its title and the legend {@link MapLegend} gives it. */
    public static void draw(StateMap map, Style style, PrintWriter out) {
        Map<String, Category> legend = MapLegend.legend(map, style.unicode());
        Map<String, Category> cells = new LinkedHashMap<>();
        for (StateMap.State s : map.states()) {
            if (s.value() != null) cells.put(s.iso(), legend.get(MapLegend.key(map, s.value())));
        }
        render(cells, new ArrayList<>(new LinkedHashSet<>(legend.values())), MapLegend.title(map), style, out);
    }

    /** The columns of a map as a table: the state, its ISO code and name, its value and the reports behind it. */
    public static final List<String> COLUMNS = List.of("state", "iso", "name", "value", "reports");

    /** A map's values as a table, a row per state ({@link #COLUMNS}; no value: null and no reports). */
    public static Tabular table(StateMap map) {
        List<List<Object>> rows = new ArrayList<>(map.states().size());
        for (StateMap.State v : map.states()) {
            Entity s = v.state();
            rows.add(Arrays.asList(s.id(), s.attribute("iso"), s.name(), v.value(), v.reports()));
        }
        return new Tabular(COLUMNS, rows);
    }

    /** What each state shows: ISO suffix to category (absent: nothing to show). */
    public static void render(Map<String, Category> cells, List<Category> legend, String title, Style style, PrintWriter out) {
        out.print(style.bold(Style.safe(title)) + "\n\n");
        String blank = "        "; // a cell is 8 columns wide: "[GRO a] " plain, " GRO   " plus 2 spaces in colour
        for (String[] row : GRID) {
            StringBuilder line = new StringBuilder();
            for (String iso : row) {
                if (iso == null) {
                    line.append(blank);
                    continue;
                }
                Category c = cells.get(iso);
                String text = iso + " " + (c == null || style.color() ? " " : c.marker());
                String cell = c == null ? style.dim(" " + text).substring(0) : style.background(" " + text, c.color());
                line.append(style.color() ? cell : "[" + text + "]").append(style.color() ? "  " : " ");
            }
            out.print(line.toString().stripTrailing() + "\n");
            if (style.color()) out.print("\n");
        }
        out.print("\n");
        for (Category c : legend) {
            String key = style.color() ? style.background("    ", c.color()) : "[ " + c.marker() + " ]";
            out.print("  " + key + "  " + Style.safe(c.label()) + "\n");
        }
        out.flush();
    }

    /** Every state's ISO suffix on the grid, in reading order. */
    public static List<String> states() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (String[] row : GRID) for (String iso : row) if (iso != null) all.put(iso, true);
        return List.copyOf(all.keySet());
    }
}
