package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Things side by side: one column per thing, one row per aspect, each cell a list of short statements.
 * People get a grid when the columns fit the width and a stacked layout when they do not (nothing is cut);
 * programs get {columns, rows: [{aspect, values: {column: [..]}}]} or one CSV row per statement.
 */
public record Comparison(List<String> columns, List<Row> rows) {
    public record Row(String aspect, List<List<String>> cells) {}

    private static final int MIN_COLUMN = 24;

    /** Whether no cell has anything in it. */
    public boolean isEmpty() {
        for (Row r : rows) {
            for (List<String> cell : r.cells()) if (!cell.isEmpty()) return false;
        }
        return true;
    }

    public void render(OutputFormat format, Style style, PrintWriter out) {
        switch (format) {
            case TABLE -> human(style, out);
            case JSON, JSONL, YAML -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("columns", columns);
                List<Map<String, Object>> rs = new ArrayList<>();
                for (Row r : rows) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) values.put(columns.get(i), r.cells().get(i));
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("aspect", r.aspect());
                    row.put("values", values);
                    rs.add(row);
                }
                m.put("rows", rs);
                if (format == OutputFormat.YAML) Tabular.writeYaml(m, out);
                else Tabular.writeJson(m, out, format == OutputFormat.JSON);
            }
            default -> {
                List<List<Object>> flat = new ArrayList<>();
                for (Row r : rows) {
                    for (int i = 0; i < columns.size(); i++) {
                        for (String item : r.cells().get(i)) flat.add(List.of(r.aspect(), columns.get(i), item));
                    }
                }
                new Tabular(List.of("aspect", "column", "value"), flat).render(format, style, out);
            }
        }
        out.flush();
    }

    private void human(Style style, PrintWriter out) {
        // Loops, not streams: this runs once per process, where each stream pipeline's first use costs time.
        int aspectWidth = rows.isEmpty() ? 6 : 0;
        for (Row r : rows) aspectWidth = Math.max(aspectWidth, r.aspect().length());
        aspectWidth += 2;
        int width = style.width() <= 0 ? 160 : style.width();
        int columnWidth = (width - aspectWidth) / columns.size() - 2;
        // Never wider than the widest statement needs (a huge --width must not pad lines to that size).
        int widest = 0;
        for (String c : columns) widest = Math.max(widest, c.length());
        for (Row r : rows) for (List<String> cell : r.cells()) for (String item : cell) widest = Math.max(widest, item.length() + 2);
        columnWidth = Math.min(columnWidth, widest);
        if (columnWidth < MIN_COLUMN && widest >= MIN_COLUMN) {
            stacked(style, out);
            return;
        }
        StringBuilder header = new StringBuilder(" ".repeat(aspectWidth));
        for (String c : columns) header.append(Wrap.pad(clip(c, columnWidth), columnWidth)).append("  ");
        out.print(style.bold(header.toString().stripTrailing()) + "\n");
        for (Row r : rows) {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (List<String> cell : r.cells()) {
                List<String> lines = new ArrayList<>();
                for (String item : cell) {
                    List<String> w = Wrap.lines("\u2022 " + Style.safe(item), columnWidth);
                    for (int i = 0; i < w.size(); i++) lines.add(i == 0 ? w.get(i) : "  " + w.get(i).stripLeading());
                }
                if (lines.isEmpty()) lines.add(style.dim("\u2014"));
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int line = 0; line < height; line++) {
                StringBuilder s = new StringBuilder(line == 0 ? style.bold(Wrap.pad(r.aspect(), aspectWidth)) : " ".repeat(aspectWidth));
                for (List<String> lines : wrapped) {
                    String text = line < lines.size() ? lines.get(line) : "";
                    s.append(text).append(" ".repeat(Math.max(0, columnWidth - visible(text)))).append("  ");
                }
                out.print(s.toString().stripTrailing() + "\n");
            }
        }
    }

    private void stacked(Style style, PrintWriter out) {
        for (Row r : rows) {
            out.print(style.bold(r.aspect()) + "\n");
            for (int i = 0; i < columns.size(); i++) {
                List<String> cell = r.cells().get(i);
                String head = "  " + columns.get(i) + ": ";
                if (cell.isEmpty()) out.print(head + "\u2014\n");
                for (String item : cell) {
                    out.print(head + Wrap.hanging(Style.safe(item), style.width(), " ".repeat(head.length())) + "\n");
                    head = " ".repeat(head.length());
                }
            }
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }

    /** Length without ANSI escapes (the dim dash). */
    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < s.length() && (s.charAt(j) >= '0' && s.charAt(j) <= '9' || s.charAt(j) == ';')) j++;
                if (j < s.length() && s.charAt(j) == 'm') {
                    i = j;
                    continue;
                }
            }
            n++;
        }
        return n;
    }
}
