package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.model.Fact;
import mxsec.query.ProfileSections.Section;

/**
 * A profile of one thing: a header of fields, then titled sections of facts. People see the header,
 * then each non-empty section with its facts and citations; programs get {entity, sections} (JSON, YAML),
 * one fact per line with its heading (JSONL), or flat rows with a leading "heading" column (CSV, TSV, MD).
 */
public record Profile(Detail header, List<Section> sections) {
    public void render(FactView view, OutputFormat format, Style style, PrintWriter out) {
        switch (format) {
            case TABLE -> {
                header.render(format, style, out);
                for (Section s : sections) {
                    if (s.facts().isEmpty()) continue;
                    out.print("\n" + style.bold(s.title()) + "\n");
                    for (Fact f : s.facts()) view.printHuman(f, style, out);
                }
            }
            case JSON, YAML -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("entity", header.fields());
                Map<String, Object> secs = new LinkedHashMap<>();
                for (Section s : sections) secs.put(s.key(), s.facts().stream().map(view::toMap).toList());
                m.put("sections", secs);
                if (format == OutputFormat.JSON) Tabular.writeJson(m, out, true);
                else Tabular.writeYaml(m, out);
            }
            case JSONL -> {
                for (Section s : sections) {
                    for (Fact f : s.facts()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("heading", s.key());
                        m.putAll(view.toMap(f));
                        Tabular.writeJson(m, out, false);
                    }
                }
            }
            default -> {
                List<String> columns = new ArrayList<>();
                columns.add("heading");
                columns.addAll(view.columns());
                List<List<Object>> rows = new ArrayList<>();
                for (Section s : sections) {
                    for (Fact f : s.facts()) {
                        List<Object> row = new ArrayList<>();
                        row.add(s.key());
                        row.addAll(view.row(f));
                        rows.add(row);
                    }
                }
                new Tabular(columns, rows).render(format, style, out);
            }
        }
        out.flush();
    }
}
