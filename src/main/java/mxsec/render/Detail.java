package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing in full: labelled fields in order. People get "Label: value" lines, wrapped; programs get
 * an object (JSON, YAML) or field/value rows (CSV, TSV, Markdown). Values may be lists.
 */
public final class Detail {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Adds a field; null values and empty lists are left out. */
    public Detail put(String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty()) return this;
        fields.put(key, value);
        return this;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public void render(OutputFormat format, Style style, PrintWriter out) {
        switch (format) {
            case JSON -> Tabular.writeJson(fields, out, true);
            case JSONL -> Tabular.writeJson(fields, out, false);
            case YAML -> Tabular.writeYaml(fields, out);
            case TABLE, PLAIN -> human(style, out);
            default -> {
                List<List<Object>> rows = new ArrayList<>();
                fields.forEach((k, v) -> rows.add(List.of(k, v)));
                new Tabular(List.of("field", "value"), rows).render(format, style, out);
            }
        }
        out.flush();
    }

    private void human(Style style, PrintWriter out) {
        List<String> labels = new ArrayList<>(fields.size());
        for (String key : fields.keySet()) labels.add(key + ":");
        LabelColumn column = LabelColumn.fitting(0, 1, labels); // "label:" and a space at least: the colon ends it
        String indent = column.indent();
        int i = 0;
        for (var e : fields.entrySet()) {
            String label = column.pad(labels.get(i++));
            if (e.getValue() instanceof List<?> list) {
                boolean first = true;
                for (Object item : list) {
                    String text = Wrap.hanging(Style.safe(Tabular.flat(item)), style.width() == 0 ? 0 : style.width(), indent + "  ");
                    out.print((first ? style.bold(label) : indent) + text + "\n");
                    first = false;
                }
            } else {
                String text = Wrap.hanging(Style.safe(Tabular.flat(e.getValue())), style.width(), indent);
                out.print(style.bold(label) + text + "\n");
            }
        }
    }
}
