package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.Links;

/**
 * How a fact is shown: as a documented JSON object, as a flat row (CSV, TSV), or as a block of text for
 * people, always with its citation, and what the facts of other reports in its corpus say otherwise.
 */
public final class FactView {
    /** The flat columns, in order (CSV, TSV, Markdown, plain). */
    public static final List<String> COLUMNS = List.of("id", "report", "kind", "date", "approx", "inferred", "summary",
            "section", "paragraph", "anchor", "lines", "citation",
            "states", "groups", "people", "institutions", "policies", "places", "administrations", "topics",
            "value", "bound", "low", "high", "unit", "measure", "scope", "as_written", "status", "relation", "role",
            "action", "actors", "area", "notes", "editor_note", "links");

    private final mxsec.model.Corpus corpus;
    private final java.time.LocalDate asOf;
    private final Legend legend = new Legend();
    /** With {@code --quote}: where the cited passages come from; null without. */
    private Quotes quotes;

    /** Facts of {@code corpus}, with how the facts of its other reports relate to them. */
    public FactView(mxsec.model.Corpus corpus) {
        this(corpus, null);
    }

    /** The same, as known on {@code asOf} (null: today): links to facts of reports published later are left out. */
    public FactView(mxsec.model.Corpus corpus, java.time.LocalDate asOf) {
        this.corpus = corpus;
        this.asOf = asOf;
    }

    /** Every fact this view shows carries its cited passage from {@code passages} ({@code --quote}). */
    public FactView quoting(mxsec.query.Passages passages) {
        this.quotes = new Quotes(passages);
        return this;
    }

    /** What quoting could not find (no text for a report, ...), once per cause; empty without {@code --quote}. */
    public List<String> quoteProblems() {
        return quotes == null ? List.of() : quotes.problems();
    }

    /** The flat columns of this view: {@link #COLUMNS} ({@code corpus} after {@code report} with a user corpus), then {@code passage} when quoting. */
    public List<String> columns() {
        if (quotes == null && !layered()) return COLUMNS;
        List<String> all = new ArrayList<>(COLUMNS);
        if (layered()) all.add(all.indexOf("report") + 1, "corpus");
        if (quotes != null) all.add("passage");
        return all;
    }

    /** What a fact's or an entity's {@code corpus} field says of the built-in corpus. */
    public static final String BUILT_IN = "built-in";

    /** Whether a user corpus is loaded: then every fact says which corpus it comes from, built-in output stays as it was. */
    public boolean layered() {
        return !corpus.userCorpora().isEmpty();
    }

    /** The corpus {@code at} is in: the user's directory as given, or {@link #BUILT_IN}. */
    public static String corpusOf(mxsec.model.Location at) {
        String user = mxsec.model.Location.userCorpusOf(at);
        return user == null ? BUILT_IN : user;
    }

    /** {@code  · corpus DIR} after the id of a user fact or entity standing at {@code at}, for people; nothing for a built-in one. */
    static String userMark(mxsec.model.Location at, Style style) {
        String user = mxsec.model.Location.userCorpusOf(at);
        return user == null ? "" : style.pick(" \u00b7 ", " | ") + "corpus " + Style.safe(user);
    }

    /** The passage of {@code f} as a field of {@code show} for people, or null when not quoting. */
    public String passageText(Fact f, Style style) {
        return quotes == null ? null : quotes.text(f, style);
    }

    /** The marks this view has printed (see {@link Mark}). */
    public Legend legend() {
        return legend;
    }

    /** How facts of other reports relate to {@code f} (see {@link Links}), those known by the view's date. */
    public List<Links.Linked> links(Fact f) {
        List<Links.Linked> all = corpus.links(f);
        if (asOf == null || all.isEmpty()) return all;
        List<Links.Linked> known = new ArrayList<>(all.size());
        for (Links.Linked l : all) if (!l.other().report().published().first().isAfter(asOf)) known.add(l);
        return known;
    }

    /** The links of {@code f} as JSON objects: {@code {"type": "contradicts", "id": "ellis-2022/x", "report": "ellis-2022"}}. */
    public List<Map<String, Object>> linkMaps(Fact f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Links.Linked l : links(f)) {
            out.add(mapOf("type", l.type().key(), "id", l.other().globalId(), "report", l.other().report().id()));
        }
        return out;
    }

    /** The links of {@code f} as flat cells: {@code contradicts ellis-2022/x}. */
    public List<String> linkCells(Fact f) {
        List<String> out = new ArrayList<>();
        for (Links.Linked l : links(f)) out.add(l.type().key() + " " + l.other().globalId());
        return out;
    }

    /** A statistic's machine fields: value, bound, low, high, unit, measure, scope, as_written (see docs/json.md). */
    public static Map<String, Object> statisticMap(Fact.Statistic s) {
        Map<String, Object> st = new LinkedHashMap<>();
        boolean exact = s.bound() == mxsec.model.Bound.EXACT;
        st.put("value", s.value());
        st.put("bound", s.bound().key());
        st.put("low", exact ? s.value() : s.low());
        st.put("high", exact ? s.value() : s.high());
        st.put("unit", s.unit());
        st.put("measure", s.measure());
        st.put("scope", s.scope());
        st.put("as_written", s.asWritten());
        return st;
    }

    /** The JSON object of a fact (see README, "JSON fields"). */
    public Map<String, Object> toMap(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.globalId());
        m.put("report", f.report().id());
        if (layered()) m.put("corpus", corpusOf(f.location()));
        m.put("kind", f.kind().key());
        m.put("date", f.date() == null ? null : f.date().text());
        if (f.approx()) m.put("approx", true);
        if (f.inferred()) m.put("inferred", true);
        m.put("summary", f.summary());
        for (EntityKind k : EntityKind.values()) m.put(k.plural(), f.refs(k));
        m.put("topics", f.topics());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("section", f.source().section());
        source.put("paragraph", f.source().paragraph() > 0 ? f.source().paragraph() : null);
        source.put("anchor", f.source().anchor());
        source.put("lines", f.source().lines());
        source.put("citation", citation(f));
        m.put("source", source);
        if (f.statistic() != null) m.put("statistic", statisticMap(f.statistic()));
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
        m.put("editor_note", f.editorNote());
        m.put("links", linkMaps(f));
        if (quotes != null) m.put("passage", quotes.map(f));
        return m;
    }

    static Map<String, Object> mapOf(String... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static final List<String> STATISTIC_COLUMNS = List.of("value", "bound", "low", "high", "unit", "measure", "scope", "as_written");

    /** One flat row, matching {@link #COLUMNS}. */
    public List<Object> row(Fact f) {
        List<Object> r = new ArrayList<>();
        var s = f.statistic();
        r.add(f.globalId());
        r.add(f.report().id());
        if (layered()) r.add(corpusOf(f.location()));
        r.add(f.kind().key());
        r.add(f.date() == null ? null : f.date().text());
        r.add(f.approx());
        r.add(f.inferred());
        r.add(f.summary());
        r.add(f.source().section());
        r.add(f.source().paragraph() > 0 ? f.source().paragraph() : null);
        r.add(f.source().anchor());
        r.add(f.source().lines());
        r.add(citation(f));
        for (EntityKind k : EntityKind.values()) r.add(f.refs(k));
        r.add(f.topics());
        Map<String, Object> st = s == null ? Map.of() : statisticMap(s);
        for (String field : STATISTIC_COLUMNS) r.add(st.get(field));
        r.add(f.presence() != null ? f.presence().status() : f.leadership() != null ? f.leadership().status() : null);
        r.add(f.relationship() == null ? null : f.relationship().group() + " " + f.relationship().type() + " " + f.relationship().other());
        r.add(f.leadership() == null ? null : f.leadership().role());
        r.add(f.policyAction() == null ? null : f.policyAction().action());
        r.add(f.recommendation() == null ? null : f.recommendation().actors());
        r.add(f.recommendation() == null ? null : f.recommendation().area());
        r.add(f.notes());
        r.add(f.editorNote());
        r.add(linkCells(f));
        if (quotes != null) r.add(quotes.text(f, Style.PLAIN));
        return r;
    }

    /** {@code ellis-2022, “State by State”, ¶8 “The Gulf-facing state of Veracruz is”} (see {@link mxsec.model.Source}). */
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
        String cite = "[" + (tag.isEmpty() ? "" : Style.safe(tag) + dot) + Style.safe(citation(f)) + dot + f.globalId() + userMark(f.location(), style) + "]";
        out.print(indent + style.dim(Wrap.hanging(cite, style.width(), indent)) + "\n");
        if (quotes != null) out.print(indent + Wrap.hanging(Style.safe(quotes.text(f, style)), style.width(), indent) + "\n");
        for (Links.Linked l : links(f)) {
            String text = linkLine(f, l, style);
            String wrapped = Wrap.hanging(text, style.width(), indent + "  ");
            out.print(indent + (l.type() == mxsec.model.LinkType.CONTRADICTS ? style.yellow(wrapped) : style.dim(wrapped)) + "\n");
        }
    }

    /**
     * One link for people: {@code ≠ ellis-2022 says May 2015 [id]} (a contradiction: what the other says that
     * differs), {@code → by 2022: …} (a later state), {@code ← in 2016, ellis-2016: …} (the earlier state),
     * {@code = also ellis-2022 [id]} (agreement).
     */
    public String linkLine(Fact f, Links.Linked l, Style style) {
        Fact o = l.other();
        String id = " [" + o.globalId() + userMark(o.location(), style) + "]";
        return switch (l.type()) {
            case CONTRADICTS -> legend.mark(Mark.CONTRADICTS, style) + " " + o.report().id() + " says " + says(f, o, style) + id;
            case UPDATED_BY -> legend.mark(Mark.UPDATED, style) + " by " + o.effectiveDate().last().getYear() + ", " + o.report().id()
                    + ": " + Style.safe(o.summary()) + id;
            case UPDATES -> legend.mark(Mark.EARLIER, style) + " in " + o.effectiveDate().first().getYear() + ", " + o.report().id()
                    + ": " + Style.safe(o.summary()) + id;
            case AGREES -> legend.mark(Mark.AGREES, style) + " also " + o.report().id() + id;
        };
    }

    /** English month names: java.time's display names load locale data, ~10 ms of a cold start. */
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** A date as people write it: "May 2015", "1 May 2015", "2015", "2010 to 2012". */
    static String readable(String date) {
        StringBuilder out = new StringBuilder();
        for (String part : date.split("\\.\\.")) {
            if (out.length() > 0) out.append(" to ");
            String[] ymd = part.split("-");
            if (ymd.length == 1) {
                out.append(part);
                continue;
            }
            String month = MONTHS[Integer.parseInt(ymd[1]) - 1];
            out.append(ymd.length == 3 ? Integer.parseInt(ymd[2]) + " " : "").append(month).append(' ').append(ymd[0]);
        }
        return out.toString();
    }

    /** What {@code o} says that {@code f} does not: another date, another figure, or else its summary. */
    private static String says(Fact f, Fact o, Style style) {
        if (f.date() != null && o.date() != null && !f.date().text().equals(o.date().text())) return readable(o.date().text());
        if (f.statistic() != null && o.statistic() != null) return Figures.say(o.statistic(), style);
        return "otherwise: " + Style.safe(o.summary());
    }

    /** What kind-specific fields add to the summary: a presence's status, a figure, a relation, a role. */
    private String tag(Fact f, Style style) {
        if (f.presence() != null) return f.presence().status();
        if (f.relationship() != null) return f.relationship().type().replace('-', ' ');
        if (f.leadership() != null) return f.leadership().role() + (f.leadership().status() == null ? "" : ", " + f.leadership().status());
        if (f.statistic() != null) return Figures.say(f.statistic(), style) + ", " + f.statistic().measure();
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
                columns.addAll(columns());
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
