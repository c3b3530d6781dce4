package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.query.Comparison;
import mxsec.query.Comparison.Row;

/**
 * Draws a {@link Comparison}: things side by side, one column per thing, one row per aspect, each cell a list
 * of short statements. People get a grid, headed by the columns' labels, when the columns fit the width and a
 * stacked layout when they do not (nothing is cut); programs get {columns, rows: [{aspect, values: {column:
 * [..]}}]} or one CSV row per statement, by the columns' ids.
 */
public final class ComparisonView {
    private static final int MIN_COLUMN = 24;

    private final List<String> columns;
    private final List<Row> rows;

    private ComparisonView(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static void render(Comparison comparison, OutputFormat format, Style style, PrintWriter out) {
        boolean human = format.human();
        List<String> columns = new ArrayList<>(comparison.columns().size());
        for (Comparison.Column c : comparison.columns()) columns.add(human ? Style.safe(c.label()) : c.id()); // labels are corpus text
        new ComparisonView(columns, comparison.rows()).render(format, style, out);
    }

    private void render(OutputFormat format, Style style, PrintWriter out) {
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
        List<String> aspects = new ArrayList<>(rows.size());
        for (Row r : rows) aspects.add(r.aspect());
        LabelColumn aspectColumn = LabelColumn.fitting(rows.isEmpty() ? 8 : 0, 2, aspects);
        int aspectWidth = aspectColumn.width();
        int width = style.width() <= 0 ? 160 : style.width();
        int columnWidth = (width - aspectWidth) / columns.size() - 2;
        // Never wider than the widest statement needs (a huge --width must not pad lines to that size).
        int widest = 0;
        for (String c : columns) widest = Math.max(widest, c.length());
        for (Row r : rows) for (List<String> cell : r.cells()) for (String item : cell) widest = Math.max(widest, item.length() + 2);
        columnWidth = Math.min(columnWidth, widest);
        if (columnWidth < MIN_COLUMN && widest >= MIN_COLUMN || columnWidth < 4) { // 4: a bullet, a letter, an ellipsis
            stacked(style, out);
            return;
        }
        StringBuilder page = new StringBuilder(8192);
        StringBuilder header = new StringBuilder(aspectColumn.indent());
        for (String c : columns) header.append(Wrap.pad(clip(c, columnWidth), columnWidth)).append("  ");
        page.append(style.bold(header.toString().stripTrailing())).append('\n');
        String dash = style.dim("\u2014");
        for (Row r : rows) {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (List<String> cell : r.cells()) {
                List<String> lines = new ArrayList<>();
                for (String item : cell) {
                    // A bullet, and a hanging indent of the same width: the text gets the column less those two.
                    List<String> w = Wrap.lines(Style.safe(item), Math.max(1, columnWidth - 2));
                    for (int i = 0; i < w.size(); i++) lines.add(i == 0 ? "\u2022 " + w.get(i) : "  " + w.get(i).stripLeading());
                }
                if (lines.isEmpty()) lines.add(dash);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            // Into one buffer, padded as they go: a string per piece cost a cold start milliseconds on 300 lines.
            for (int line = 0; line < height; line++) {
                int start = page.length();
                if (line == 0) page.append(style.bold(aspectColumn.pad(r.aspect())));
                else spaces(page, aspectWidth);
                for (List<String> lines : wrapped) {
                    String text = line < lines.size() ? lines.get(line) : "";
                    page.append(text);
                    // Items were made safe: the dash is the one text with escapes in it, one column wide.
                    spaces(page, Math.max(0, columnWidth - (text == dash ? 1 : text.length())) + 2);
                }
                int end = page.length();
                while (end > start && Character.isWhitespace(page.charAt(end - 1))) end--;
                page.setLength(end);
                page.append('\n');
            }
        }
        out.print(page);
    }

    private static void spaces(StringBuilder s, int n) {
        for (int i = 0; i < n; i++) s.append(' ');
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
}
