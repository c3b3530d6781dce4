package mxsec.render;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import mxsec.model.Fact;
import mxsec.model.Report;
import mxsec.query.StateMap;

/**
 * A map of values per state ({@link StateMap}) as a picture: a standalone SVG 1.1 choropleth of the 32 states on their
 * real outlines ({@link StateOutlines}), with a title saying what it shows and from which reports, one path per
 * state (id its ISO code) whose tooltip ({@code <title>}) gives its value and reports, the legend {@link MapLegend}
 * gives the terminal map (in its picture colours: always in colour, whatever --color says), and the outlines' credit.
 * Every text is escaped: names come from user corpora. The output depends only on its input.
 */
public final class SvgMap {
    private static final int PAD = 16;
    private static final int MAP_TOP = 72;
    private static final int ROW = 24;
    private static final int SWATCH = 16;
    private static final String INK = "#222222";

    private SvgMap() {}

    /**
     * Writes the picture of {@code map}, whose facts come from the reports {@code searched} (published by {@code asOf},
     * when given).
     */
    public static void write(StateMap map, List<Report> searched, LocalDate asOf, PrintWriter out) {
        StateOutlines outlines = StateOutlines.read();
        Map<String, TileMap.Category> legend = MapLegend.legend(map, true);
        List<TileMap.Category> entries = new ArrayList<>(new LinkedHashSet<>(legend.values()));
        boolean unknown = false;
        for (StateMap.State s : map.states()) unknown |= s.value() == null;
        TileMap.Category noFact = new TileMap.Category(" ", 0, MapLegend.NO_FACT_RGB, "no fact in the reports searched");
        if (unknown) entries.add(noFact);

        String title = MapLegend.title(map);
        String sources = sources(map, searched, asOf);
        String credit = outlines.credit();
        int labelChars = 0;
        for (TileMap.Category c : entries) labelChars = Math.max(labelChars, c.label().length());
        int legendX = PAD + outlines.width() + 24;
        // Text widths are estimates (no font metrics here): generous, so that nothing is cut off.
        int width = Math.max(legendX + SWATCH + 8 + labelChars * 8, Math.max(sources.length() * 7, credit.length() * 6)) + PAD;
        int height = MAP_TOP + Math.max(outlines.height(), entries.size() * ROW + 8) + 40;

        StringBuilder svg = new StringBuilder(outlines.width() * 100);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<!-- Made by mxsec (mxsec map -o svg). ").append(comment(credit)).append(" -->\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n");
        svg.append("<title>").append(xml(title)).append("</title>\n");
        svg.append("<desc>").append(xml(sources)).append("</desc>\n");
        svg.append("<metadata>").append(xml(credit)).append("</metadata>\n");
        svg.append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n");
        text(svg, PAD, 32, 20, "bold", INK, title);
        text(svg, PAD, 54, 13, null, "#444444", sources);

        svg.append("<g transform=\"translate(").append(PAD).append(' ').append(MAP_TOP)
                .append(")\" stroke=\"#808080\" stroke-width=\"0.5\" stroke-linejoin=\"round\">\n");
        for (StateMap.State s : map.states()) {
            String iso = s.state().attribute("iso");
            String d = outlines.path(iso);
            if (d == null) continue; // a state of a user corpus that Mexico's outlines do not have
            TileMap.Category c = s.value() == null ? noFact : legend.get(MapLegend.key(map, s.value()));
            svg.append("<path id=\"").append(xml(iso)).append("\" class=\"state\" fill=\"").append(hex(c.rgb()))
                    .append("\" d=\"").append(d).append("\"><title>").append(xml(tooltip(map, s, c))).append("</title></path>\n");
        }
        svg.append("</g>\n");

        svg.append("<g font-size=\"13\" fill=\"").append(INK).append("\">\n");
        for (int i = 0; i < entries.size(); i++) {
            TileMap.Category c = entries.get(i);
            int y = MAP_TOP + 8 + i * ROW;
            svg.append("<rect class=\"swatch\" x=\"").append(legendX).append("\" y=\"").append(y).append("\" width=\"").append(SWATCH)
                    .append("\" height=\"").append(SWATCH).append("\" fill=\"").append(hex(c.rgb())).append("\" stroke=\"#888888\"/>");
            svg.append("<text class=\"label\" x=\"").append(legendX + SWATCH + 8).append("\" y=\"").append(y + 13).append("\">")
                    .append(xml(c.label())).append("</text>\n");
        }
        svg.append("</g>\n");
        text(svg, PAD, height - 14, 10, null, "#666666", credit);
        svg.append("</svg>\n");
        out.print(svg);
        out.flush();
    }

    /** What the values come from: the reports that gave one, among those searched. */
    static String sources(StateMap map, List<Report> searched, LocalDate asOf) {
        List<String> used = new ArrayList<>();
        for (Report r : searched) {
            for (StateMap.State s : map.states()) {
                if (s.reports().contains(r.id())) {
                    used.add(r.id() + " (" + r.published().text() + ")");
                    break;
                }
            }
        }
        String of = searched.size() + " report" + (searched.size() == 1 ? "" : "s") + " searched"
                + (asOf == null ? "" : ", published by " + asOf);
        if (used.isEmpty()) return "No fact in the " + of;
        String from = String.join(", ", used);
        return map.byTopic() ? "Facts counted from " + from + "; " + of
                : "From " + from + ": the newest report that speaks of each state; " + of;
    }

    /** A state's tooltip: its name, its value in the legend's words, and the reports behind it. */
    static String tooltip(StateMap map, StateMap.State s, TileMap.Category c) {
        String name = s.state().name();
        if (s.value() == null) return name + ": no fact in the reports searched";
        String value;
        if (map.byTopic()) {
            value = s.value() + (s.value().equals("1") ? " fact" : " facts");
        } else if (StateMap.SEVERAL.equals(s.value())) {
            List<String> groups = new ArrayList<>();
            for (Fact f : s.facts()) {
                if ("dominant".equals(f.presence().status()) && !groups.contains(f.presence().group())) groups.add(f.presence().group());
            }
            value = c.label() + " (" + String.join(", ", groups) + ")";
        } else {
            value = c.label();
        }
        return name + ": " + value + (s.reports().isEmpty() ? "" : " (reports: " + String.join(", ", s.reports()) + ")");
    }

    private static void text(StringBuilder svg, int x, int y, int size, String weight, String fill, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size).append('"');
        if (weight != null) svg.append(" font-weight=\"").append(weight).append('"');
        svg.append(" fill=\"").append(fill).append("\">").append(xml(text)).append("</text>\n");
    }

    private static String hex(int rgb) {
        return "#" + Integer.toHexString(0x1000000 | rgb).substring(1);
    }

    /**
     * Text for XML content or an attribute: the five special characters as entities, and characters XML 1.0 cannot
     * carry at all (the corpus refuses controls, but a picture must stay well-formed whatever it is given) as U+FFFD.
     */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0xFFFE || ch == 0xFFFF ? '\uFFFD' : ch);
            }
        }
        return b.toString();
    }

    /** Text for an XML comment, which may not hold "--". */
    private static String comment(String s) {
        return xml(s).replace("--", "- -");
    }
}
