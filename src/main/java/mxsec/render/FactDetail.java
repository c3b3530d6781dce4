package mxsec.render;

import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;

/** One fact in full, as {@code show} prints it: its fields, its entities by name, its kind's part, its citation. */
public final class FactDetail {
    private FactDetail() {}

    /** {@code human}: the fields people read (the passage, under --quote, marked for {@code style}), entity names beside ids; else the machine fields and the report's citation. */
    public static Detail of(Fact f, FactView view, Corpus corpus, Style style, boolean human) {
        Detail d = new Detail();
        if (!human) {
            view.toMap(f).forEach(d::put);
            d.put("report_citation", f.report().citation());
            return d;
        }
        d.put("id", f.globalId()).put("kind", f.kind().key())
                .put("date", f.date() == null ? null : f.date().text() + (f.approx() ? " (approximate)" : "") + (f.inferred() ? " (inferred from context)" : ""))
                .put("summary", f.summary());
        for (EntityKind k : EntityKind.values()) {
            List<String> names = f.refs(k).stream().map(ref -> {
                Entity e = corpus.entity(k, ref);
                return e == null ? ref : ref + " (" + e.name() + ")";
            }).toList();
            d.put(k.plural(), names);
        }
        d.put("topics", f.topics());
        Map<String, Object> m = view.toMap(f);
        for (FactKind kind : FactKind.values()) {
            if (kind.part() != null && m.get(kind.part()) instanceof Map<?, ?> fields) {
                boolean exact = "exact".equals(fields.get("bound"));
                fields.forEach((k, v) -> {
                    // An exact figure's bound, low and high only repeat its value.
                    if (exact && ("bound".equals(k) || "low".equals(k) || "high".equals(k))) return;
                    if (v != null && !(v instanceof List<?> l && l.isEmpty())) d.put(String.valueOf(k), v);
                });
            }
        }
        d.put("notes", f.notes());
        if (f.editorNote() != null) d.put("editor's note", f.editorNote() + " (not from the reports)");
        if (f.statistic() != null) d.put("figure", Figures.say(f.statistic(), Style.PLAIN));
        List<String> links = new java.util.ArrayList<>();
        for (mxsec.model.Links.Linked l : view.links(f)) {
            String user = mxsec.model.Location.userCorpusOf(l.other().location());
            links.add(l.type().key().replace('_', ' ') + " " + l.other().globalId() + (user == null ? "" : " (corpus " + user + ")")
                    + ": " + l.other().summary());
        }
        d.put("links", links);
        d.put("section", f.source().section());
        if (f.source().anchor() != null) {
            d.put("paragraph", f.source().paragraph());
            d.put("anchor", "\u201c" + f.source().anchor() + "\u201d");
        }
        d.put("lines", f.source().lines() + " (of the reference text that verify reads)");
        d.put("report", f.report().citation());
        String user = mxsec.model.Location.userCorpusOf(f.location());
        if (user != null) d.put("corpus", user + " (a user corpus, not the built-in one)");
        String report = f.report().citation();
        d.put("cite as", (report.endsWith(".") ? report.substring(0, report.length() - 1) : report) + ", " + f.source() + ".");
        d.put("passage", view.passageText(f, style));
        return d;
    }
}
