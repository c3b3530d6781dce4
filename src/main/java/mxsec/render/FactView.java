package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mxsec.model.EntityKind;
import mxsec.model.Fact;

/**
 * How a fact is shown: as a documented JSON object, as a flat row (CSV, TSV), or as a block of text for
 * people, always with its citation, and what the facts of other reports in its corpus say otherwise.
 */
public final class FactView {
    /** The flat columns, in order (CSV, TSV, Markdown, plain). */
    public static final List<String> COLUMNS = List.of("id", "report", "kind", "date", "summary", "section", "lines",
            "states", "groups", "people", "institutions", "policies", "places", "administrations", "topics",
            "value", "upper", "unit", "measure", "scope", "estimate", "as_written", "status", "relation", "role",
            "action", "actors", "area", "notes", "disagrees_with");

    private final mxsec.model.Corpus corpus;
    private final Legend legend = new Legend();

    /** Facts of {@code corpus}, with what disagrees with them there. */
    public FactView(mxsec.model.Corpus corpus) {
        this.corpus = corpus;
    }

    /** The marks this view has printed (see {@link Mark}). */
    public Legend legend() {
        return legend;
    }

    /** The ids of the facts that disagree with {@code f} (see {@link mxsec.model.Disagreements}). */
    public List<String> disagreeIds(Fact f) {
        return corpus.disagreeing(f).stream().map(Fact::globalId).toList();
    }

    /** The JSON object of a fact (see README, "JSON fields"). */
    public Map<String, Object> toMap(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.globalId());
        m.put("report", f.report().id());
        m.put("kind", f.kind().key());
        m.put("date", f.date() == null ? null : f.date().text());
        if (f.approx()) m.put("approx", true);
        if (f.inferred()) m.put("inferred", true);
        m.put("summary", f.summary());
        for (EntityKind k : EntityKind.values()) m.put(k.plural(), f.refs(k));
        m.put("topics", f.topics());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("section", f.source().section());
        source.put("lines", f.source().lines());
        source.put("citation", citation(f));
        m.put("source", source);
        if (f.statistic() != null) {
            var s = f.statistic();
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("value", s.value());
            st.put("upper", s.upper());
            st.put("unit", s.unit());
            st.put("measure", s.measure());
            st.put("scope", s.scope());
            st.put("estimate", s.estimate());
            st.put("as_written", s.asWritten());
            m.put("statistic", st);
        }
        if (f.presence() != null) {
            m.put("presence", mapOf("group", f.presence().group(), "state", f.presence().state(),
                    "place", f.presence().place(), "status", f.presence().status()));
        }
        if (f.relationship() != null) {
            m.put("relationship", mapOf("group", f.relationship().group(), "type", f.relationship().type(),
                    "other", f.relationship().other()));
        }
        if (f.leadership() != null) {
            var l = f.leadership();
            m.put("leadership", mapOf("person", l.person(), "group", l.group(), "institution", l.institution(),
                    "role", l.role(), "status", l.status()));
        }
        if (f.policyAction() != null) {
            m.put("policy", mapOf("policy", f.policyAction().policy(), "action", f.policyAction().action()));
        }
        if (f.recommendation() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("actors", f.recommendation().actors());
            r.put("area", f.recommendation().area());
            m.put("recommendation", r);
        }
        m.put("notes", f.notes());
        m.put("conflicts", f.conflicts());
        m.put("disagrees_with", disagreeIds(f));
        return m;
    }

    private static Map<String, Object> mapOf(String... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    /** One flat row, matching {@link #COLUMNS}. */
    public List<Object> row(Fact f) {
        List<Object> r = new ArrayList<>();
        var s = f.statistic();
        r.add(f.globalId());
        r.add(f.report().id());
        r.add(f.kind().key());
        r.add(f.date() == null ? null : f.date().text());
        r.add(f.summary());
        r.add(f.source().section());
        r.add(f.source().lines());
        for (EntityKind k : EntityKind.values()) r.add(f.refs(k));
        r.add(f.topics());
        r.add(s == null ? null : s.value());
        r.add(s == null ? null : s.upper());
        r.add(s == null ? null : s.unit());
        r.add(s == null ? null : s.measure());
        r.add(s == null ? null : s.scope());
        r.add(s == null ? null : s.estimate());
        r.add(s == null ? null : s.asWritten());
        r.add(f.presence() != null ? f.presence().status() : f.leadership() != null ? f.leadership().status() : null);
        r.add(f.relationship() == null ? null : f.relationship().group() + " " + f.relationship().type() + " " + f.relationship().other());
        r.add(f.leadership() == null ? null : f.leadership().role());
        r.add(f.policyAction() == null ? null : f.policyAction().action());
        r.add(f.recommendation() == null ? null : f.recommendation().actors());
        r.add(f.recommendation() == null ? null : f.recommendation().area());
        r.add(f.notes());
        r.add(disagreeIds(f));
        return r;
    }

    /** {@code ellis-2022, “State by State”, lines 60-61}. */
    public static String citation(Fact f) {
        return f.report().id() + ", " + f.source();
    }

    /** The date column of a fact for people: a date too long for it stands on a line of its own. */
    public static final LabelColumn DATES = LabelColumn.fixed(12);

    /** A fact for people: date, summary (wrapped), then its citation; disagreements marked below it. */
    public void printHuman(Fact f, Style style, PrintWriter out) {
        printHuman(f, DATES, style, out);
    }

    /** The same, its date in {@code dates}: a column shared with other labels of the same listing (search's kinds). */
    public void printHuman(Fact f, LabelColumn dates, Style style, PrintWriter out) {
        String date = f.date() == null ? ""
                : f.date().text() + legend.mark(Mark.APPROXIMATE_DATE, f.approx(), style) + legend.mark(Mark.INFERRED_DATE, f.inferred(), style);
        String indent = dates.indent();
        if (!dates.fits(date)) {
            out.print(style.cyan(date) + "\n");
            date = "";
        }
        out.print(style.cyan(dates.pad(date)) + Wrap.hanging(Style.safe(f.summary()), style.width(), indent) + "\n");
        String tag = tag(f, style);
        String dot = style.pick(" \u00b7 ", " | ");
        String cite = "[" + (tag.isEmpty() ? "" : Style.safe(tag) + dot) + Style.safe(citation(f)) + dot + f.globalId() + "]";
        out.print(indent + style.dim(Wrap.hanging(cite, style.width(), indent)) + "\n");
        for (Fact other : corpus.disagreeing(f)) {
            String text = legend.mark(Mark.DIFFERS, style) + " " + other.report().id() + " says otherwise: " + Style.safe(other.summary())
                    + " [" + other.globalId() + "]";
            out.print(indent + style.yellow(Wrap.hanging(text, style.width(), indent + "  ")) + "\n");
        }
    }

    /** What kind-specific fields add to the summary: a presence's status, a figure, a relation, a role. */
    private String tag(Fact f, Style style) {
        if (f.presence() != null) return f.presence().status();
        if (f.relationship() != null) return f.relationship().type().replace('-', ' ');
        if (f.leadership() != null) return f.leadership().role() + (f.leadership().status() == null ? "" : ", " + f.leadership().status());
        if (f.statistic() != null) {
            var s = f.statistic();
            return legend.mark(Mark.ESTIMATE, s.estimate(), style) + s.value().toPlainString() + (s.upper() == null ? "" : "-" + s.upper().toPlainString())
                    + " " + s.unit() + ", " + s.measure();
        }
        if (f.policyAction() != null) return f.policyAction().action();
        if (f.recommendation() != null) return "to " + String.join(", ", f.recommendation().actors());
        return "";
    }

    /** A list of facts in any format. */
    public void render(List<Fact> facts, OutputFormat format, Style style, PrintWriter out) {
        render(facts, null, null, format, style, out);
    }

    /**
     * A list of facts under headings: people see a heading wherever {@code grouping} changes; programs get
     * the heading as a leading field named {@code groupKey} of every fact. Without grouping, a plain list.
     */
    public void render(List<Fact> facts, String groupKey, Function<Fact, String> grouping, OutputFormat format,
                       Style style, PrintWriter out) {
        Function<Fact, Map<String, Object>> map = grouping == null ? this::toMap : f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(groupKey, grouping.apply(f));
            m.putAll(toMap(f));
            return m;
        };
        switch (format) {
            case JSON -> Tabular.writeJson(facts.stream().map(map).toList(), out, true);
            case JSONL -> facts.forEach(f -> Tabular.writeJson(map.apply(f), out, false));
            case YAML -> Tabular.writeYaml(facts.stream().map(map).toList(), out);
            case TABLE -> {
                String current = null;
                for (Fact f : facts) {
                    if (grouping != null && !grouping.apply(f).equals(current)) {
                        out.print((current == null ? "" : "\n") + style.bold(Style.safe(grouping.apply(f))) + "\n");
                        current = grouping.apply(f);
                    }
                    printHuman(f, style, out);
                }
            }
            default -> {
                List<String> columns = new ArrayList<>();
                if (grouping != null) columns.add(groupKey);
                columns.addAll(COLUMNS);
                List<List<Object>> rows = new ArrayList<>();
                for (Fact f : facts) {
                    List<Object> row = new ArrayList<>();
                    if (grouping != null) row.add(grouping.apply(f));
                    row.addAll(row(f));
                    rows.add(row);
                }
                new Tabular(columns, rows).render(format, style, out);
            }
        }
        out.flush();
    }
}
