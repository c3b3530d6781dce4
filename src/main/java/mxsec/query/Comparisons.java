package mxsec.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.RelationTypes;
import mxsec.model.Report;

/**
 * What {@code compare} selects and derives: the names resolved to things of one kind, and for each thing the
 * cells of its aspects (groups: type, leaders, lineage, structure, territory, allies, rivals, revenue,
 * capabilities; states: dominant and other groups, criminal economies; ...), or one subject across the reports.
 * The side-by-side path runs no lambdas (docs/performance.md).
 */
public final class Comparisons {
    private static final Set<String> ECONOMIES = Set.of("fuel-theft", "extortion", "illegal-mining", "logging", "agriculture",
            "fishing", "wildlife", "retail", "legal-economy", "kidnapping", "human-trafficking", "migration", "cybercrime",
            "fentanyl", "methamphetamine", "heroin", "cocaine", "marijuana", "synthetic-drugs", "money-laundering", "arms", "ports");
    private static final Set<String> STRUCTURE = Set.of("faction-of", "armed-wing-of");
    private static final Set<String> ALLIES = Set.of("alliance", "cooperation");
    private static final Set<String> CURRENCIES = Set.of("USD", "MXN");

    private final Corpus corpus;
    private final FactFilter filter;
    private NameResolver resolver;
    /** Summaries in folded word form, each folded once for the rows that look into them. */
    private final Map<Fact, String> summaryWords = new java.util.HashMap<>();

    public Comparisons(Corpus corpus, FactFilter filter) {
        this.corpus = corpus;
        this.filter = filter;
    }

    private NameResolver resolver() {
        if (resolver == null) resolver = NameResolver.of(corpus);
        return resolver;
    }

    /** The reports that {@code typed} names one each (by id or a prefix of one id), skipping the names that do not. */
    public List<Report> reportsNamed(List<String> typed) {
        List<Report> reports = new ArrayList<>();
        for (String n : typed) {
            List<Report> r = ReportResolver.candidates(corpus, n);
            if (r.size() == 1) reports.add(r.get(0));
        }
        return reports;
    }

    /**
     * Resolves names that must share a kind: "cjng sinaloa" means the Sinaloa Cartel, not the state, because
     * the group is the only kind that every name can be. Throws {@link UnknownNameException}.
     */
    public List<Entity> resolveOneKind(List<String> typed) {
        EnumSet<EntityKind> common = EnumSet.allOf(EntityKind.class);
        for (String t : typed) {
            EntityKind said = NameResolver.saidKind(t);
            if (said != null) {
                common.retainAll(EnumSet.of(said));
                continue;
            }
            EnumSet<EntityKind> possible = EnumSet.noneOf(EntityKind.class);
            for (Entity e : resolver().candidates(EnumSet.allOf(EntityKind.class), t)) possible.add(e.kind());
            if (!possible.isEmpty()) common.retainAll(possible);
        }
        EntityKind kind = common.size() == 1 ? common.iterator().next() : null;
        List<Entity> entities = new ArrayList<>(typed.size());
        for (String t : typed) entities.add(kind != null && NameResolver.saidKind(t) == null ? resolver().resolve(kind, t) : resolver().resolveAny(t));
        return entities;
    }

    /** The first entity whose kind is not the first entity's, or null when they are all of one kind. */
    public static Entity ofAnotherKind(List<Entity> entities) {
        for (Entity e : entities) {
            if (e.kind() != entities.get(0).kind()) return e;
        }
        return null;
    }

    /**
     * Two neighbouring arguments that name something together although one of them names nothing alone
     * ({@code nuevo leon} typed without quotes), joined; null when there are none.
     */
    public String splitName(List<String> typed) {
        for (int i = 0; i + 1 < typed.size(); i++) {
            String joined = typed.get(i) + " " + typed.get(i + 1);
            boolean oneNamesNothing = namesNothing(typed.get(i)) || namesNothing(typed.get(i + 1));
            if (oneNamesNothing && !resolver().candidates(EnumSet.allOf(EntityKind.class), joined).isEmpty()) return joined;
        }
        return null;
    }

    private boolean namesNothing(String typed) {
        return NameResolver.saidKind(typed) == null && resolver().candidates(EnumSet.allOf(EntityKind.class), typed).isEmpty()
                && ReportResolver.candidates(corpus, typed).isEmpty();
    }

    /** Entities of one kind side by side: a column each (labelled by name), a row per aspect of their kind. */
    public Comparison of(List<Entity> entities) {
        List<Comparison.Column> columns = new ArrayList<>(entities.size());
        List<Map<String, Collection<String>>> aspects = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            columns.add(new Comparison.Column(e.id(), e.name()));
            aspects.add(aspects(e));
        }
        List<Comparison.Row> rows = new ArrayList<>();
        for (String aspect : aspects.get(0).keySet()) {
            List<List<String>> cells = new ArrayList<>(entities.size());
            for (Map<String, Collection<String>> of : aspects) cells.add(new ArrayList<>(of.get(aspect)));
            rows.add(new Comparison.Row(aspect, cells));
        }
        return new Comparison(columns, rows);
    }

    /** An entity's facts that pass the filters, by date (a stable sort: document order within a date). */
    private List<Fact> about(Entity e) {
        List<Fact> facts = new ArrayList<>();
        for (Fact f : corpus.mentioning(e.kind(), List.of(e.id()))) {
            if (filter.test(f)) facts.add(f);
        }
        facts.sort(FactOrder.BY_DATE);
        return facts;
    }

    /**
     * The rows of one entity's column, aspect by aspect in the order they are shown: each a list of statements
     * in date order, kept once each where a row says so. Filled in one pass over its facts, each row taking the
     * facts it is about. (Plain code rather than a table of lambdas, of which a comparison ran some thirty: see
     * docs/performance.md.)
     */
    private Map<String, Collection<String>> aspects(Entity e) {
        Map<String, Collection<String>> row = new LinkedHashMap<>();
        List<Fact> facts = about(e);
        switch (e.kind()) {
            case GROUP -> {
                row.put("type", List.of(String.valueOf(e.attribute("type"))));
                row.put("aliases", e.aliases());
                for (String once : List.of("leaders", "lineage", "territory")) row.put(once, new LinkedHashSet<>());
                row.put("structure", new ArrayList<>());
                row.put("allies", new LinkedHashSet<>());
                row.put("rivals", new LinkedHashSet<>());
                row.put("revenue", new ArrayList<>());
                row.put("capabilities", new ArrayList<>());
                for (Fact f : facts) {
                    var r = f.relationship();
                    if (f.leadership() != null) row.get("leaders").add(leader(f));
                    if (r != null && (RelationTypes.LINEAGE.contains(r.type()) || "absorbed".equals(r.type()))) row.get("lineage").add(relation(f));
                    if (f.presence() != null && e.id().equals(f.presence().group())) {
                        row.get("territory").add(where(f) + " " + f.presence().status() + cite(f));
                    }
                    if (r != null && e.id().equals(r.other()) && STRUCTURE.contains(r.type()) || f.kind() == FactKind.ASSESSMENT
                            && mentionsAny(f, "structure", "federat", "hierarch", "branch", "faction", "decentrali", "franchise")) {
                        row.get("structure").add(f.summary() + cite(f));
                    }
                    if (r != null && ALLIES.contains(r.type())) row.get("allies").add(partner(e, f));
                    if (r != null && "rivalry".equals(r.type())) row.get("rivals").add(partner(e, f));
                    if (f.statistic() != null && CURRENCIES.contains(f.statistic().unit()) || f.kind() != FactKind.STATISTIC
                            && mentionsAny(f, "revenue", "earning", "income", "profit", "billion")) {
                        row.get("revenue").add(f.summary() + cite(f));
                    }
                    if (f.kind() == FactKind.ASSESSMENT && (f.topics().contains("arms")
                            || mentionsAny(f, "drone", "weapon", "helicopter", "armored", "capabilit", "firepower"))) {
                        row.get("capabilities").add(f.summary() + cite(f));
                    }
                }
            }
            case STATE, PLACE -> {
                row.put("dominant groups", new LinkedHashSet<>());
                row.put("other groups", new LinkedHashSet<>());
                row.put("criminal economies", new java.util.TreeSet<>());
                for (Fact f : facts) {
                    var p = f.presence();
                    if (p != null && "dominant".equals(p.status())) row.get("dominant groups").add(name(EntityKind.GROUP, p.group()) + cite(f));
                    if (p != null && !"dominant".equals(p.status())) {
                        row.get("other groups").add(name(EntityKind.GROUP, p.group()) + " (" + p.status() + ")" + cite(f));
                    }
                    for (String topic : f.topics()) if (ECONOMIES.contains(topic)) row.get("criminal economies").add(topic);
                }
            }
            default -> {
                row.put("strategy and judgements", new ArrayList<>());
                row.put("roles and leaders", new LinkedHashSet<>());
                row.put("policy actions", new ArrayList<>());
                for (Fact f : facts) {
                    if (f.kind() == FactKind.ASSESSMENT && f.topics().contains("strategy")) row.get("strategy and judgements").add(f.summary() + cite(f));
                    if (f.leadership() != null) row.get("roles and leaders").add(leader(f));
                    if (f.policyAction() != null) {
                        row.get("policy actions").add((f.date() == null ? "" : f.date().text() + " ") + f.policyAction().action() + " "
                                + name(EntityKind.POLICY, f.policyAction().policy()) + cite(f));
                    }
                }
            }
        }
        row.put("events", new ArrayList<>());
        row.put("figures", new ArrayList<>());
        row.put("reports", new LinkedHashSet<>());
        for (Fact f : facts) {
            if (f.kind() == FactKind.EVENT) row.get("events").add(f.effectiveDate().text() + " " + f.summary() + cite(f));
            if (f.kind() == FactKind.STATISTIC) {
                row.get("figures").add(f.statistic().asWritten() + " " + f.statistic().measure() + " (" + f.effectiveDate().text() + ")" + cite(f));
            }
            row.get("reports").add(f.report().id());
        }
        return row;
    }

    /** "2015-04 The CJNG blockaded Guadalajara": a statement with its own date, when it has one. */
    private static String dated(Fact f) {
        return (f.date() == null ? "" : f.date().text() + " ") + f.summary();
    }

    private static String cite(Fact f) {
        return " [" + f.report().id() + "]";
    }

    private String name(EntityKind kind, String id) {
        return corpus.nameOf(kind, id);
    }

    private String leader(Fact f) {
        return name(EntityKind.PERSON, f.leadership().person()) + ", " + f.leadership().role() + cite(f);
    }

    /** A rough cut for rows the data model has no field for: does the summary use one of these stems? */
    private boolean mentionsAny(Fact f, String... stems) {
        // The summary alone: a fact's whole search text (notes, names) would cost a comparison's cold start 5 ms.
        String text = summaryWords.get(f);
        if (text == null) summaryWords.put(f, text = mxsec.text.Fold.words(f.summary()));
        for (String stem : stems) {
            if (text.contains(stem)) return true;
        }
        return false;
    }

    private String relation(Fact f) {
        var r = f.relationship();
        return name(EntityKind.GROUP, r.group()) + " " + r.type() + " " + name(EntityKind.GROUP, r.other()) + cite(f);
    }

    private String where(Fact f) {
        var p = f.presence();
        return p.state() != null ? name(EntityKind.STATE, p.state()) : name(EntityKind.PLACE, p.place());
    }

    /** The other side of a relationship of {@code e}'s, when it was. */
    private String partner(Entity e, Fact f) {
        String other = e.id().equals(f.relationship().group()) ? f.relationship().other() : f.relationship().group();
        return name(EntityKind.GROUP, other) + " (" + f.effectiveDate().text() + ")" + cite(f);
    }

    /** Reports side by side: authors, date, publisher, facts, focus, figures, recommendations. */
    public Comparison ofReports(List<Report> reports) {
        List<Comparison.Row> rows = new ArrayList<>();
        Function<Report, List<Fact>> factsOf = r -> corpus.facts().stream().filter(filter).filter(f -> f.report() == r).toList();
        rows.add(new Comparison.Row("authors", reports.stream().map(Report::authors).toList()));
        rows.add(new Comparison.Row("published", reports.stream().map(r -> List.of(r.published().text())).toList()));
        rows.add(new Comparison.Row("publisher", reports.stream().map(r -> List.of(r.publisher())).toList()));
        rows.add(new Comparison.Row("facts", reports.stream().map(r -> List.of(String.valueOf(factsOf.apply(r).size()))).toList()));
        rows.add(new Comparison.Row("focus (top topics)", reports.stream().map(r -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            factsOf.apply(r).forEach(f -> f.topics().forEach(t -> counts.merge(t, 1L, Long::sum)));
            return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(6).map(x -> x.getKey() + " (" + x.getValue() + ")").toList();
        }).toList()));
        rows.add(new Comparison.Row("figures", reports.stream().map(r -> factsOf.apply(r).stream()
                .filter(f -> f.statistic() != null).map(f -> f.statistic().asWritten() + " " + f.statistic().measure()).toList()).toList()));
        rows.add(new Comparison.Row("recommendations", reports.stream().map(r -> factsOf.apply(r).stream()
                .filter(f -> f.kind() == FactKind.RECOMMENDATION).map(Fact::summary).toList()).toList()));
        return new Comparison(reports.stream().map(r -> new Comparison.Column(r.id(), r.id())).toList(), rows);
    }

    /**
     * One subject (a topic, or else an entity: throws {@link UnknownNameException}) with a column per report
     * that passes the filters, in the corpus's report order, a row per kind of fact, and two rows for how the
     * columns relate: each report's statements that update or contradict a statement of an earlier column.
     */
    public Comparison acrossReports(String subject) {
        Predicate<Fact> about;
        String topic = subject.trim().toLowerCase(java.util.Locale.ROOT);
        if (corpus.vocabulary().has("topics", topic)) {
            about = f -> f.topics().contains(topic);
        } else {
            Entity e = resolver().resolveAny(subject);
            about = f -> f.mentions(e);
        }
        List<Report> reports = corpus.reports().stream()
                .filter(r -> filter.reports().isEmpty() || filter.reports().contains(r.id()))
                .filter(r -> filter.asOf() == null || !r.published().first().isAfter(filter.asOf())).toList();
        List<Fact> shown = new ArrayList<>();
        for (Fact f : corpus.facts()) if (reports.contains(f.report()) && filter.test(f) && about.test(f)) shown.add(f);
        List<Comparison.Row> rows = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            List<List<String>> cells = new ArrayList<>();
            for (Report r : reports) {
                List<String> cell = new ArrayList<>();
                for (Fact f : shown) if (f.report() == r && f.kind() == kind) cell.add(dated(f));
                cells.add(cell);
            }
            rows.add(new Comparison.Row(kind.key(), cells));
        }
        // Between the columns: what a report says that updates or contradicts what an earlier column says.
        java.util.Set<Fact> inView = new java.util.HashSet<>(shown);
        List<List<String>> updates = new ArrayList<>(), contradictions = new ArrayList<>();
        for (Report r : reports) {
            List<String> u = new ArrayList<>(), c = new ArrayList<>();
            for (Fact f : shown) {
                if (f.report() != r) continue;
                for (mxsec.model.Links.Linked l : corpus.links(f)) {
                    Fact o = l.other();
                    if (!inView.contains(o) || reports.indexOf(o.report()) >= reports.indexOf(r)) continue;
                    if (l.type() == mxsec.model.LinkType.UPDATES) u.add(dated(f) + " (before, " + o.report().id() + ": " + dated(o) + ")");
                    else if (l.type() == mxsec.model.LinkType.CONTRADICTS) c.add(dated(f) + " (" + o.report().id() + " says: " + dated(o) + ")");
                }
            }
            updates.add(u);
            contradictions.add(c);
        }
        rows.add(new Comparison.Row("updates", updates));
        rows.add(new Comparison.Row("contradicts", contradictions));
        return new Comparison(reports.stream().map(r -> new Comparison.Column(r.id(), r.id() + " (" + r.published().text() + ")")).toList(), rows);
    }
}
