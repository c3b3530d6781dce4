package mxsec.render;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.text.UnsafeText;

/**
 * Rows of named columns, the shape every listing has: rendered as an aligned table, plain lines, JSON,
 * JSON lines, YAML, CSV (RFC 4180), TSV or Markdown, from the same data so the formats cannot disagree.
 * A cell is a String, a number, a boolean, null, or a list of those (joined with "; " in flat formats).
 */
public record Tabular(List<String> columns, List<List<Object>> rows) {
    /** Jackson costs ~150 ms of class loading: only programs asking for JSON or YAML pay for it. */
    private static final class Mappers {
        static final ObjectMapper JSON = new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new Escapes()).build());
        static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build()).registerModule(new SimpleModule().addSerializer(String.class, new SafeText(false)).addKeySerializer(String.class, new SafeText(true)));
    }

    /**
     * YAML has no escape in plain or block scalars and SnakeYAML writes invisible characters raw: every text
     * (values and keys) goes through {@link Style#safe} first, so they show as the text \\uXXXX, as a terminal shows them.
     */
    private static final class SafeText extends StdSerializer<String> {
        private final boolean key;

        SafeText(boolean key) {
            super(String.class);
            this.key = key;
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (key) gen.writeFieldName(Style.safe(value));
            else gen.writeString(Style.safe(value));
        }
    }

    /** What {@link Json} escapes beyond Jackson's defaults (DEL, surrogates, invisible characters), for the values it hands to Jackson. */
    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (!Json.escaped((char) ch)) return null;
            StringBuilder sb = new StringBuilder(6);
            UnsafeText.appendEscape(sb, (char) ch);
            return new SerializedString(sb.toString());
        }
    }

    public Tabular {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A text cell that a spreadsheet would run as a formula (it begins with =, +, -, @, or a tab or carriage
     * return) gets a leading apostrophe, the usual guard against CSV injection. Numbers are left alone.
     */
    private static Object guard(Object value, Style style) {
        if (style.raw() || !(value instanceof String s) || s.isEmpty()) return value;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** The same rows with only the columns {@code names}, in that order: a shorter table of the same data for people. */
    public Tabular select(List<String> names) {
        int[] index = new int[names.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = columns.indexOf(names.get(i));
            if (index[i] < 0) throw new IllegalArgumentException("no column " + names.get(i) + " in " + columns);
        }
        List<List<Object>> selected = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> cells = new ArrayList<>(index.length);
            for (int i : index) cells.add(i < row.size() ? row.get(i) : null);
            selected.add(cells);
        }
        return new Tabular(names, selected);
    }

    /** Each row as a column-to-value map, for the structured formats. */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) record.put(columns.get(i), i < row.size() ? row.get(i) : null);
            out.add(record);
        }
        return out;
    }

    public void render(OutputFormat format, Style style, PrintWriter out) {
        switch (format) {
            case TABLE -> table(style, out);
            case PLAIN -> separated(out, "\t", Tabular::plainCell, false);
            case JSON -> writeJson(records(), out, true);
            case JSONL -> records().forEach(r -> writeJson(r, out, false));
            case YAML -> writeYaml(records(), out);
            case CSV -> separated(out, ",", v -> csvCell(guard(v, style)), true);
            case TSV -> separated(out, "\t", v -> tsvCell(guard(v, style)), true);
            case MD -> markdown(out);
        }
        out.flush();
    }

    /**
     * A table with a bold header and aligned columns. When the rows are wider than the width, the widest
     * columns give way first (down to 12 characters; the last keeps at least 30) and cells wrap in place.
     */
    private void table(Style style, PrintWriter out) {
        int n = columns.size();
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < n; i++) line.add(Style.safe(flat(i < row.size() ? row.get(i) : null)));
            cells.add(line);
        }
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) widths[i] = columns.get(i).length();
        for (List<String> line : cells) {
            for (int i = 0; i < n; i++) widths[i] = Math.max(widths[i], line.get(i).length());
        }
        int[] floors = new int[n];
        for (int i = 0; i < n; i++) {
            floors[i] = i == n - 1 ? Math.min(30, widths[i]) : Math.min(widths[i], 12);
            for (List<String> line : cells) {
                for (String word : line.get(i).split(" ")) floors[i] = Math.max(floors[i], Math.min(word.length(), 40));
            }
        }
        fit(widths, floors, style.width());
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < n; i++) header.append(Wrap.pad(columns.get(i).toUpperCase(java.util.Locale.ROOT), widths[i])).append("  ");
        out.print(style.bold(header.toString().stripTrailing()) + "\n");
        for (List<String> line : cells) {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < n; i++) {
                List<String> w = Wrap.lines(line.get(i), style.width() <= 0 ? 0 : widths[i]);
                wrapped.add(w);
                height = Math.max(height, w.size());
            }
            for (int h = 0; h < height; h++) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    List<String> w = wrapped.get(i);
                    s.append(Wrap.pad(h < w.size() ? w.get(h) : "", widths[i])).append("  ");
                }
                out.print(s.toString().stripTrailing() + "\n");
            }
        }
    }

    /** Shrinks the widest columns, never below their floor (their longest word), until the row fits {@code total}. */
    private static void fit(int[] widths, int[] floors, int total) {
        if (total <= 0) return;
        int n = widths.length;
        while (true) {
            int sum = 0;
            for (int w : widths) sum += w + 2;
            if (sum - 2 <= total) return;
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (widths[i] > floors[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
            }
            if (widest < 0) return; // cannot fit: let the terminal wrap
            widths[widest]--;
        }
    }

    private void separated(PrintWriter out, String separator, java.util.function.Function<Object, String> cell, boolean header) {
        if (header) out.print(String.join(separator, columns.stream().map(cell).toList()) + (separator.equals(",") ? "\r\n" : "\n"));
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) line.add(cell.apply(i < row.size() ? row.get(i) : null));
            out.print(String.join(separator, line) + (separator.equals(",") ? "\r\n" : "\n"));
        }
    }

    private void markdown(PrintWriter out) {
        out.print("| " + String.join(" | ", columns) + " |\n");
        out.print("|" + "---|".repeat(columns.size()) + "\n");
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                line.add(Style.safe(flat(i < row.size() ? row.get(i) : null)).replace("|", "\\|").replace("\n", "<br>"));
            }
            out.print("| " + String.join(" | ", line) + " |\n");
        }
    }

    /** A cell as one line of text: lists joined with "; ", numbers in plain notation. */
    public static String flat(Object value) {
        if (value == null) return "";
        if (value instanceof BigDecimal d) return d.toPlainString();
        if (value instanceof mxsec.model.Decimal d) return d.toPlainString();
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object o : c) parts.add(flat(o));
            return String.join("; ", parts);
        }
        return String.valueOf(value);
    }

    private static String plainCell(Object value) {
        return Style.safe(flat(value)).replace('\t', ' ').replace('\n', ' ');
    }

    /** RFC 4180: quote when needed, double the quotes; unsafe characters as \\uXXXX, as everywhere. */
    static String csvCell(Object value) {
        String s = Style.safe(flat(value));
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** TSV: tabs, newlines and backslashes escaped, and then unsafe characters as \\uXXXX (the backslash stays unambiguous). */
    static String tsvCell(Object value) {
        return Style.safe(flat(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
    }

    /** JSON as Jackson writes it; by {@link Json} when the value has only the usual types (no Jackson to load). */
    public static void writeJson(Object value, PrintWriter out, boolean pretty) {
        if (!Json.write(value, pretty, out)) out.print(jackson(value, pretty));
        out.print("\n");
    }

    static String jackson(Object value, boolean pretty) {
        try {
            return (pretty ? Mappers.JSON.writerWithDefaultPrettyPrinter() : Mappers.JSON.writer()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void writeYaml(Object value, PrintWriter out) {
        try {
            // Streamed, and out left open: a large answer is not held as one string.
            Mappers.YAML.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
