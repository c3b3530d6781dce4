package mxsec.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mxsec.model.Corpus;
import mxsec.model.Decimal;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Bound;
import mxsec.model.Fact;
import mxsec.model.LinkType;
import mxsec.model.FactKind;
import mxsec.model.FuzzyDate;
import mxsec.model.Location;
import mxsec.model.Report;
import mxsec.model.Source;
import mxsec.model.Thesaurus;
import mxsec.model.Vocabulary;

/**
 * Loads and validates corpora: the built-in one and any user directories on top of it. Every problem of
 * every file is collected; if there is any, {@link #load} throws a {@link CorpusException} with all of them.
 */
public final class CorpusLoader {
    private static final Pattern LINES = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?");
    /** The last line number a source may cite (seven digits: a reference text is far shorter). */
    static final int MAX_LINE = 9_999_999;

    /** Kind-specific fact fields, by the kind they belong to (see {@link FactKind#fields}). */
    private static final Map<FactKind, List<String>> KIND_FIELDS = new EnumMap<>(FactKind.class);

    /** For each fact kind, the fields of the other kinds, by the kind they belong to (the first in kind order). */
    private static final Map<FactKind, Map<String, String>> ELSEWHERE = new EnumMap<>(FactKind.class);

    static {
        for (FactKind kind : FactKind.values()) {
            if (!kind.fields().isEmpty()) KIND_FIELDS.put(kind, kind.fields());
        }
        for (FactKind kind : FactKind.values()) {
            Map<String, String> elsewhere = new HashMap<>();
            KIND_FIELDS.forEach((k, fields) -> {
                if (k != kind) fields.forEach(field -> elsewhere.putIfAbsent(field, k.key() + " facts"));
            });
            ELSEWHERE.put(kind, Map.copyOf(elsewhere));
        }
    }

    /** Kind-specific entity fields, besides id, name, aliases and spellings. */
    private static final Map<EntityKind, List<String>> ENTITY_FIELDS = new EnumMap<>(Map.of(
            EntityKind.STATE, List.of("iso", "region"),
            EntityKind.GROUP, List.of("type", "origin", "country"),
            EntityKind.PERSON, List.of("country"),
            EntityKind.INSTITUTION, List.of("type", "country"),
            EntityKind.POLICY, List.of("type", "country"),
            EntityKind.PLACE, List.of("type", "state", "country"),
            EntityKind.ADMINISTRATION, List.of("president", "party", "start", "end", "country")));

    private final Problems problems = new Problems();
    private final Map<String, Map<String, String>> vocabulary = new LinkedHashMap<>();
    /** Thesaurus groups by key (built-in first), the keys of the built-in ones, and the group of each folded term. */
    private final Map<String, Thesaurus.Group> groups = new LinkedHashMap<>();
    private final Set<String> builtInGroups = new HashSet<>();
    private final Map<String, String> groupOfTerm = new HashMap<>();
    private final Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
    private final Map<String, Report> reports = new HashMap<>();
    private final Map<String, List<Fact>> factsByReport = new HashMap<>();
    /** References to check once everything is read: where, what kind, which id. */
    private final List<Reference> references = new ArrayList<>();

    private record Reference(Location at, EntityKind kind, String id) {}

    private record Pending(Location at, String vocabularyList, String term, String field) {}

    private final List<Pending> terms = new ArrayList<>();

    /** What a user corpus may change in the built-in one under it; null while loading the built-in corpus itself. */
    private UserLayer layer;

    /** Loads the given roots (built-in first), validating all of them together. */
    public static Corpus load(List<CorpusFiles> roots) {
        return load(null, roots);
    }

    /**
     * Loads {@code roots} on top of an already validated {@code base} corpus (the built-in one, from its
     * index): the roots may refer to the base's entities, facts and vocabulary, and may not reuse its ids.
     */
    public static Corpus load(Corpus base, List<CorpusFiles> roots) {
        CorpusLoader loader = new CorpusLoader();
        if (base != null) {
            loader.seed(base);
            loader.layer = new UserLayer(base, loader.problems);
        }
        for (CorpusFiles root : roots) loader.readRoot(root);
        mxsec.Trace.mark("corpus files read");
        return loader.finish();
    }

    private void seed(Corpus base) {
        for (Thesaurus.Group g : base.thesaurus().groups()) {
            groups.put(g.key(), g);
            builtInGroups.add(g.key());
            for (String term : g.terms()) groupOfTerm.putIfAbsent(mxsec.text.Fold.words(term).trim(), g.key());
        }
        base.vocabulary().lists().forEach((list, terms) -> vocabulary.put(list, new LinkedHashMap<>(terms)));
        for (EntityKind kind : EntityKind.values()) {
            Map<String, Entity> registry = entities.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            for (Entity e : base.entities(kind)) registry.put(e.id(), e);
        }
        for (Report r : base.reports()) reports.put(r.id(), r);
        for (Fact f : base.facts()) factsByReport.computeIfAbsent(f.report().id(), k -> new ArrayList<>()).add(f);
    }

    private void readRoot(CorpusFiles root) {
        List<CorpusFiles.CorpusFile> reportFiles = new ArrayList<>();
        boolean any = false;
        for (CorpusFiles.CorpusFile file : root.files()) {
            any = true;
            if (file.relative().equals("vocabulary.yaml")) readVocabulary(file);
            else if (file.relative().equals("thesaurus.yaml")) readThesaurus(file);
        }
        for (CorpusFiles.CorpusFile file : root.files()) {
            if (file.relative().startsWith("entities/")) readEntities(file);
            else if (file.relative().startsWith("reports/")) reportFiles.add(file);
        }
        readReports(reportFiles);
        if (!any) {
            problems.add(new Location(root.name(), 0, 0),
                    "no corpus files here (expected reports/*.yaml, entities/*.yaml, vocabulary.yaml or thesaurus.yaml)");
        }
    }

    private YamlNode parse(CorpusFiles.CorpusFile file) {
        return parse(file, problems);
    }

    private static YamlNode parse(CorpusFiles.CorpusFile file, Problems problems) {
        try {
            return YamlReader.read(file.displayName(), file.read(), problems);
        } catch (IOException e) {
            problems.add(new Location(file.displayName(), 0, 0), "cannot read: " + CorpusFiles.reason(e));
            return null;
        }
    }

    /** One file read and parsed on a worker thread, with its own problems. */
    private record Parsed(YamlNode root, Problems problems) {}

    /** Reports beyond this many are read and parsed on worker threads, a window ahead of the validation. */
    private static final int PARALLEL_FROM = 16;
    private static final int WINDOW = 4;

    /**
     * Reads the report files in order. Reading and parsing (most of the work) runs ahead on worker threads;
     * validation stays on this thread, in file order, so every problem and every "first defined at" is
     * reported exactly as a sequential read would.
     */
    private void readReports(List<CorpusFiles.CorpusFile> files) {
        int workers = Math.min(4, Runtime.getRuntime().availableProcessors());
        if (files.size() < PARALLEL_FROM || workers < 2) {
            for (CorpusFiles.CorpusFile file : files) readReport(file, parse(file));
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "mxsec-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<Parsed>> ahead = new java.util.ArrayDeque<>();
            int next = 0;
            for (CorpusFiles.CorpusFile file : files) {
                while (next < files.size() && ahead.size() < WINDOW) {
                    CorpusFiles.CorpusFile f = files.get(next++);
                    ahead.add(pool.submit(() -> {
                        Problems own = new Problems();
                        return new Parsed(parse(f, own), own);
                    }));
                }
                Parsed parsed = await(ahead.poll());
                problems.addAll(parsed.problems());
                readReport(file, parsed.root());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Parsed await(java.util.concurrent.Future<Parsed> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the corpus", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    // ---- vocabulary ----

    private void readVocabulary(CorpusFiles.CorpusFile file) {
        YamlNode root = parse(file);
        if (root == null) return;
        if (!(root instanceof YamlNode.Mapping lists)) {
            problems.add(root.location(), "vocabulary must be a mapping of list names to terms");
            return;
        }
        UserLayer.Declared declared = layer == null ? null : layer.declare(lists, "vocabulary term", false);
        for (var list : lists.entries().entrySet()) {
            if (declared != null && list.getKey().equals("overrides")) continue;
            if (!(list.getValue().value() instanceof YamlNode.Mapping terms)) {
                problems.add(list.getValue().value().location(), "vocabulary '" + list.getKey() + "' must map each term to its meaning");
                continue;
            }
            Map<String, String> target = vocabulary.computeIfAbsent(list.getKey(), k -> new LinkedHashMap<>());
            for (var term : terms.entries().entrySet()) {
                if (Ids.lengthProblem(term.getKey()) != null) {
                    problems.add(term.getValue().keyLocation(), "term " + Ids.lengthProblem(term.getKey()));
                } else if (!Ids.isSlug(term.getKey())) {
                    problems.add(term.getValue().keyLocation(), "term '" + Ids.printable(term.getKey()) + "' must be a lower-case slug");
                } else if (!(term.getValue().value() instanceof YamlNode.Scalar meaning)) {
                    problems.add(term.getValue().value().location(), "the meaning of '" + term.getKey() + "' must be text");
                } else if (layer == null || layer.mayDefine(list.getKey(), term.getKey(), meaning.text(), term.getValue().keyLocation(), declared)) {
                    target.put(term.getKey(), meaning.text());
                }
            }
        }
    }

    // ---- thesaurus ----

    /** Terms of a group at most, and characters of a term: a thesaurus is a curated list, not a dump. */
    static final int MAX_TERMS = 50, MAX_TERM_LENGTH = 100;

    /**
     * {@code groups:} mapping slugs to lists of terms. A term stands in one group only (compared folded, as search
     * reads it); a user corpus adds groups and may not redefine a built-in one.
     */
    private void readThesaurus(CorpusFiles.CorpusFile file) {
        YamlNode root = parse(file);
        if (root == null) return;
        if (!(root instanceof YamlNode.Mapping top)) {
            problems.add(root.location(), "thesaurus must be a mapping with the key 'groups'");
            return;
        }
        for (var key : top.entries().entrySet()) {
            if (!key.getKey().equals("groups")) {
                problems.add(key.getValue().keyLocation(), "unknown key '" + Ids.printable(key.getKey()) + "' in the thesaurus (expected: groups)");
            }
        }
        var entry = top.entries().get("groups");
        if (entry == null) {
            problems.add(root.location(), "thesaurus has no 'groups'");
            return;
        }
        if (!(entry.value() instanceof YamlNode.Mapping list)) {
            problems.add(entry.value().location(), "thesaurus 'groups' must map each group's key to a list of terms");
            return;
        }
        for (var group : list.entries().entrySet()) {
            String key = group.getKey();
            Location at = group.getValue().keyLocation();
            if (Ids.lengthProblem(key) != null) {
                problems.add(at, "thesaurus group " + Ids.lengthProblem(key));
                continue;
            }
            if (!Ids.isSlug(key)) {
                problems.add(at, "thesaurus group '" + Ids.printable(key) + "' must be a lower-case slug");
                continue;
            }
            if (builtInGroups.contains(key)) {
                problems.add(at, "a user corpus adds groups; it does not change the built-in group '" + key + "'");
                continue;
            }
            if (groups.containsKey(key)) {
                problems.add(at, "thesaurus group '" + key + "' is defined twice");
                continue;
            }
            if (!(group.getValue().value() instanceof YamlNode.Sequence items) || items.items().isEmpty()) {
                problems.add(group.getValue().value().location(), "thesaurus group '" + key + "' must be a list of at least two terms");
                continue;
            }
            if (items.items().size() > MAX_TERMS) {
                problems.add(items.location(), "thesaurus group '" + key + "' has " + items.items().size() + " terms; at most " + MAX_TERMS);
                continue;
            }
            List<String> terms = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (YamlNode item : items.items()) {
                if (!(item instanceof YamlNode.Scalar scalar) || scalar.text() == null || scalar.text().isBlank()) {
                    problems.add(item.location(), "a term of thesaurus group '" + key + "' must be text");
                    continue;
                }
                String term = scalar.text().strip();
                String folded = mxsec.text.Fold.words(term).trim();
                if (term.length() > MAX_TERM_LENGTH) {
                    problems.add(item.location(), "a term of thesaurus group '" + key + "' is " + term.length() + " characters long; at most " + MAX_TERM_LENGTH);
                } else if (hasControl(term)) {
                    problems.add(item.location(), "a term of thesaurus group '" + key + "' has a control character: '" + Ids.printable(term) + "'");
                } else if (folded.isEmpty()) {
                    problems.add(item.location(), "the term '" + Ids.printable(term) + "' of thesaurus group '" + key + "' has no letter or digit");
                } else if (!seen.add(folded)) {
                    problems.add(item.location(), "the term '" + term + "' stands twice in thesaurus group '" + key + "'");
                } else if (groupOfTerm.containsKey(folded)) {
                    problems.add(item.location(), "the term '" + term + "' of thesaurus group '" + key + "' is in group '" + groupOfTerm.get(folded) + "' already");
                } else {
                    groupOfTerm.put(folded, key);
                    terms.add(term);
                }
            }
            if (terms.size() == 1 && seen.size() == 1) {
                problems.add(items.location(), "thesaurus group '" + key + "' must be a list of at least two terms");
            } else if (!terms.isEmpty()) {
                groups.put(key, new Thesaurus.Group(key, terms));
            }
        }
    }

    /** "Did you mean": skipped once the problem would not be shown (it compares against every candidate). */
    private String didYouMean(Location at, String typed, java.util.Collection<String> candidates) {
        return problems.shown(at.file()) ? mxsec.text.Suggest.didYouMean(typed, candidates) : "";
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) return true;
        }
        return false;
    }

    /** A term to check once every vocabulary is read; one already known is fine for good (lists only grow). */
    private void term(Location at, String list, String term, String field) {
        if (term == null) return;
        Map<String, String> known = vocabulary.get(list);
        if (known == null || !known.containsKey(term)) terms.add(new Pending(at, list, term, field));
    }

    /** A reference to check once every entity is read; one already known is fine for good (registries only grow). */
    private void reference(Location at, EntityKind kind, String id) {
        Map<String, Entity> registry = entities.get(kind);
        if (registry == null || !registry.containsKey(id)) references.add(new Reference(at, kind, id));
    }

    // ---- entities ----

    private void readEntities(CorpusFiles.CorpusFile file) {
        YamlNode root = parse(file);
        if (root == null) return;
        if (!(root instanceof YamlNode.Mapping kinds)) {
            problems.add(root.location(), "an entity file must be a mapping of kinds (states, groups, ...) to lists");
            return;
        }
        UserLayer.Declared declared = layer == null ? null : layer.declare(kinds, "entity", false);
        for (var e : kinds.entries().entrySet()) {
            if (declared != null && e.getKey().equals("overrides")) continue;
            EntityKind kind = EntityKind.fromPlural(e.getKey());
            if (kind == null) {
                List<String> known = java.util.Arrays.stream(EntityKind.values()).map(EntityKind::plural).toList();
                problems.add(e.getValue().keyLocation(), "unknown entity kind '" + Ids.printable(e.getKey()) + "'"
                        + didYouMean(e.getValue().keyLocation(), e.getKey(), known));
                continue;
            }
            if (!(e.getValue().value() instanceof YamlNode.Sequence list)) {
                problems.add(e.getValue().value().location(), "'" + kind.plural() + "' must be a list");
                continue;
            }
            for (YamlNode item : list.items()) readEntity(kind, item, declared);
        }
    }

    private void readEntity(EntityKind kind, YamlNode node, UserLayer.Declared declared) {
        Fields f = Fields.of(node, problems, "a " + kind.singular());
        if (f == null) return;
        String id = f.id("id", true);
        String name = f.text("name", true);
        List<String> aliases = f.texts("aliases", false);
        if (f.has("description")) {
            problems.add(f.at("description"), "'description' is gone: what an entity is comes from its facts, each cited; "
                    + "put what a report says of it in a fact");
            f.node("description", false);
        }
        Map<String, List<String>> spellings = readSpellings(f);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String field : ENTITY_FIELDS.get(kind)) {
            if (f.has(field)) {
                String value = field.equals("start") || field.equals("end")
                        ? dateText(f.date(field, false)) : f.text(field, false);
                if (value != null) attributes.put(field, value);
            }
        }
        f.finish();
        if (id == null || name == null) return;
        switch (kind) {
            case STATE -> {
                String iso = attributes.get("iso");
                if (iso == null) problems.add(f.location(), "a state is missing required field 'iso'");
                else if (!iso.matches("MX-[A-Z]{3}")) problems.add(f.at("iso"), "'iso' must be an ISO 3166-2:MX code like MX-GRO, found '" + Ids.printable(iso) + "'");
            }
            case GROUP -> {
                term(f.at("type"), "group-types", require(f, attributes, "type", kind), "type");
                ref(f, attributes, "origin", EntityKind.GROUP);
            }
            case INSTITUTION -> term(f.at("type"), "institution-types", require(f, attributes, "type", kind), "type");
            case POLICY -> term(f.at("type"), "policy-types", require(f, attributes, "type", kind), "type");
            case PLACE -> {
                term(f.at("type"), "place-types", require(f, attributes, "type", kind), "type");
                ref(f, attributes, "state", EntityKind.STATE);
            }
            case ADMINISTRATION -> {
                if (require(f, attributes, "president", kind) != null) ref(f, attributes, "president", EntityKind.PERSON);
                require(f, attributes, "start", kind);
            }
            default -> { }
        }
        Map<String, Entity> registry = entities.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        Entity previous = registry.get(id);
        if (previous != null && (layer == null || previous.location().userCorpus() != null)) {
            problems.add(f.at("id"), "duplicate " + kind.singular() + " id '" + id + "' (first defined at " + previous.location() + ")");
            return;
        }
        if (previous != null) {
            if (!layer.replaces(previous.location(), f.at("id"), kind.singular(), id, declared)) return;
            layer.replaced(kind, id);
        }
        Entity entity = new Entity(kind, id, name, aliases, spellings, attributes, f.at("id"));
        registry.put(id, entity);
        if (layer != null) layer.names(entity, (YamlNode.Mapping) node);
    }

    /**
     * {@code spellings: {felbab-brown-2024: [CING, CNJG]}}: per report id, how it misprints the name. Each
     * report must exist (checked with the other references once all is read).
     */
    private Map<String, List<String>> readSpellings(Fields f) {
        YamlNode node = f.node("spellings", false);
        if (node == null) return Map.of();
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.add(node.location(), "'spellings' must map report ids to lists ({report-id: [spelling, ...]}), found " + node.describe());
            return Map.of();
        }
        Fields byReport = Fields.of(node, problems, "spellings");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var e : m.entries().entrySet()) {
            String report = e.getKey();
            if (!Ids.isSlug(report)) {
                String tooLong = Ids.lengthProblem(report);
                problems.add(e.getValue().keyLocation(), "a key of 'spellings' must be a report id, found "
                        + (tooLong == null ? "'" + Ids.printable(report) + "'" : "one that " + tooLong));
                continue;
            }
            List<String> misprints = byReport.texts(report, true);
            if (!misprints.isEmpty()) out.put(report, List.copyOf(misprints));
            pendingSpellings.add(new Reference(e.getValue().keyLocation(), null, report));
        }
        return out.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(out);
    }

    /** The reports named by entities' spellings, checked once every report is read. */
    private final List<Reference> pendingSpellings = new ArrayList<>();

    private String require(Fields f, Map<String, String> attributes, String field, EntityKind kind) {
        String value = attributes.get(field);
        if (value == null && !f.has(field)) problems.add(f.location(), "a " + kind.singular() + " is missing required field '" + field + "'");
        return value;
    }

    private void ref(Fields f, Map<String, String> attributes, String field, EntityKind kind) {
        String id = attributes.get(field);
        if (id != null) reference(f.at(field), kind, id);
    }

    private static String dateText(FuzzyDate d) {
        return d == null ? null : d.text();
    }

    // ---- reports ----

    private void readReport(CorpusFiles.CorpusFile file, YamlNode root) {
        if (root == null) return;
        Fields top = Fields.of(root, problems, "a report file");
        if (top == null) return;
        YamlNode reportNode = top.node("report", true);
        List<YamlNode> factNodes = top.items("facts", true);
        UserLayer.Declared declared = layer == null ? null : layer.declare((YamlNode.Mapping) root, "report", true);
        if (declared != null) {
            top.node("overrides", false);
            top.node("extends", false);
        }
        top.finish();
        if (reportNode == null) return;
        Report report = readReportBlock(reportNode, file);
        if (report == null) return;
        Report previous = reports.get(report.id());
        if (previous != null && (layer == null || previous.location().userCorpus() != null)) {
            problems.add(report.location(), "duplicate report id '" + report.id() + "' (first defined at " + previous.location() + ")");
            return;
        }
        if (previous != null && !layer.replaces(previous.location(), report.location(), "report", report.id(), declared)) return;
        if (layer != null) layer.ofReport(report.id(), declared);
        reports.put(report.id(), report); // a built-in report replaced on purpose takes its facts with it (below)
        List<Fact> facts = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (YamlNode node : factNodes) {
            Fact fact = readFact(report, node);
            if (fact == null) continue;
            Location first = seen.putIfAbsent(fact.id(), fact.location());
            if (first != null) {
                problems.add(fact.location(), "duplicate fact id '" + fact.id() + "' (first at line " + first.line() + ")");
            } else {
                facts.add(fact);
            }
        }
        factsByReport.put(report.id(), facts);
    }

    private Report readReportBlock(YamlNode node, CorpusFiles.CorpusFile file) {
        Fields f = Fields.of(node, problems, "the report block");
        if (f == null) return null;
        String id = f.id("id", true);
        String title = f.text("title", true);
        List<String> authors = f.texts("authors", true);
        boolean authorInferred = f.flag("author_inferred");
        String publisher = f.text("publisher", true);
        FuzzyDate published = f.date("published", true);
        boolean publishedInferred = f.flag("published_inferred");
        String url = f.text("url", false);
        String kind = f.text("kind", true);
        String notes = f.text("notes", false);
        List<String> sections = f.texts("sections", false);
        f.finish();
        term(f.at("kind"), "report-kinds", kind, "kind");
        if (id == null || title == null || publisher == null || published == null || kind == null) return null;
        String expected = file.relative().replaceFirst("^reports/", "").replaceFirst("\\.ya?ml$", "");
        if (!id.equals(expected)) {
            problems.add(f.at("id"), "report id '" + id + "' must match its file name '" + expected + "'");
        }
        Set<String> unique = new HashSet<>();
        for (String s : sections) {
            if (!unique.add(s)) problems.add(f.at("sections"), "section '" + s + "' is listed twice");
        }
        return new Report(id, title, authors, authorInferred, publisher, published, publishedInferred, url, kind,
                notes, List.copyOf(sections), f.at("id"));
    }

    private Fact readFact(Report report, YamlNode node) {
        Fields f = Fields.of(node, problems, "a fact");
        if (f == null) return null;
        String id = f.id("id", true);
        String kindText = f.text("kind", true);
        FactKind kind = kindText == null ? null : FactKind.fromKey(kindText);
        if (kindText != null && kind == null) {
            problems.add(f.at("kind"), "unknown fact kind '" + Ids.printable(kindText) + "'" + didYouMean(f.at("kind"), kindText,
                    java.util.Arrays.stream(FactKind.values()).map(FactKind::key).toList()));
        }
        String what = kind == null ? "a fact" : (kind == FactKind.ASSESSMENT || kind == FactKind.EVENT ? "an " : "a ") + kind.key() + " fact";
        f = new Fields((YamlNode.Mapping) node, problems, what);
        f.node("id", false);
        f.node("kind", false);
        boolean dated = kind == FactKind.EVENT || kind == FactKind.STATISTIC;
        FuzzyDate date = f.date("date", dated);
        boolean approx = f.flag("approx");
        boolean inferred = f.flag("inferred");
        String summary = f.text("summary", true);
        Map<EntityKind, List<String>> refs = new EnumMap<>(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            for (YamlNode.Scalar s : f.scalars(k.plural(), false)) addRef(refs, k, s.text().strip(), s.location());
        }
        List<YamlNode.Scalar> topicNodes = f.scalars("topics", true);
        List<String> topics = new ArrayList<>();
        for (YamlNode.Scalar s : topicNodes) {
            term(s.location(), "topics", s.text().strip(), "topic");
            topics.add(s.text().strip());
        }
        Source source = readSource(f.node("source", true), report);
        String notes = f.text("notes", false);
        String editorNote = f.text("editor_note", false);
        List<Fact.Link> links = new ArrayList<>();
        for (LinkType type : LinkType.WRITTEN) {
            for (YamlNode.Scalar s : f.scalars(type.key(), false)) {
                links.add(new Fact.Link(type, s.text().strip()));
                pendingLinks.add(new PendingLink(s.location(), report, id, type, s.text().strip()));
            }
        }
        if (f.has("conflicts")) {
            problems.add(f.at("conflicts"), "'conflicts' is now written as 'contradicts' (the same point, the same time), "
                    + "'updates' (this fact describes a later state) or 'agrees'");
            f.scalars("conflicts", false);
        }
        String original = f.text("original", false);

        Fact.Statistic statistic = null;
        Fact.Presence presence = null;
        Fact.Relationship relationship = null;
        Fact.Leadership leadership = null;
        Fact.PolicyAction policyAction = null;
        Fact.Recommendation recommendation = null;
        if (kind != null) {
            switch (kind) {
                case STATISTIC -> {
                    statistic = readStatistic(f, what);
                }
                case PRESENCE -> {
                    String group = single(f, "group", EntityKind.GROUP, refs, true);
                    String state = single(f, "state", EntityKind.STATE, refs, false);
                    String place = single(f, "place", EntityKind.PLACE, refs, false);
                    String status = f.text("status", true);
                    term(f.at("status"), "presence-statuses", status, "status");
                    if (state == null && place == null && !f.has("state") && !f.has("place")) {
                        problems.add(f.location(), what + " needs 'state' or 'place'");
                    }
                    presence = new Fact.Presence(group, state, place, status);
                }
                case RELATIONSHIP -> {
                    String group = single(f, "group", EntityKind.GROUP, refs, true);
                    String type = f.text("type", true);
                    term(f.at("type"), "relationship-types", type, "type");
                    String other = single(f, "other", EntityKind.GROUP, refs, true);
                    if (group != null && group.equals(other)) problems.add(f.at("other"), "a group cannot relate to itself");
                    relationship = new Fact.Relationship(group, type, other);
                }
                case LEADERSHIP -> {
                    String person = single(f, "person", EntityKind.PERSON, refs, true);
                    String group = single(f, "group", EntityKind.GROUP, refs, false);
                    String institution = single(f, "institution", EntityKind.INSTITUTION, refs, false);
                    String role = f.text("role", true);
                    String status = f.text("status", false);
                    term(f.at("status"), "leadership-statuses", status, "status");
                    if (group == null && institution == null && !f.has("group") && !f.has("institution")) {
                        problems.add(f.location(), what + " needs 'group' or 'institution'");
                    }
                    leadership = new Fact.Leadership(person, group, institution, role, status);
                }
                case POLICY -> {
                    String policy = single(f, "policy", EntityKind.POLICY, refs, true);
                    String action = f.text("action", true);
                    term(f.at("action"), "policy-actions", action, "action");
                    policyAction = new Fact.PolicyAction(policy, action);
                }
                case RECOMMENDATION -> {
                    List<String> actors = f.texts("actors", true);
                    String area = f.text("area", false);
                    term(f.at("area"), "topics", area, "area");
                    recommendation = new Fact.Recommendation(actors, area);
                }
                default -> { }
            }
            f.finish(ELSEWHERE.get(kind));
        }
        if (id == null || kind == null || summary == null || source == null) return null;
        Map<EntityKind, List<String>> frozen = new EnumMap<>(EntityKind.class);
        refs.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Fact(report, id, kind, date, approx, inferred, summary, frozen, List.copyOf(topics), source, notes,
                editorNote, List.copyOf(links), original, statistic, presence, relationship, leadership, policyAction,
                recommendation, f.at("id"));
    }

    /** A statistic's numbers as its {@code bound} says they are written (see {@link Bound}), checked. */
    private Fact.Statistic readStatistic(Fields f, String what) {
        for (String gone : new String[] {"upper", "estimate"}) {
            if (f.has(gone)) {
                problems.add(f.at(gone), "'" + gone + "' is now written with 'bound' (" + Bound.keys() + ") and 'value', 'low' or 'high'");
                f.node(gone, false);
            }
        }
        String boundText = f.text("bound", false);
        Bound bound = Bound.EXACT;
        if (boundText != null) {
            bound = Bound.of(boundText.strip());
            if (bound == null) {
                java.util.List<String> keys = new ArrayList<>();
                for (Bound b : Bound.values()) keys.add(b.key());
                problems.add(f.at("bound"), "unknown bound '" + Ids.printable(boundText) + "' (one of: " + Bound.keys() + ")"
                        + didYouMean(f.at("bound"), boundText, keys));
            }
        }
        BigDecimal value = f.number("value", false);
        BigDecimal low = f.number("low", false);
        BigDecimal high = f.number("high", false);
        String unit = f.text("unit", true);
        String measure = f.id("measure", true);
        String scope = f.text("scope", false);
        String asWritten = f.text("as_written", true);
        if (bound == null) return null;
        String name = bound.key();
        number(f, what, name, "value", value, bound.takesValue(), "the number");
        number(f, what, name, "low", low, bound.takesLow(), bound == Bound.VAGUE ? "the floor the words imply" : "the floor");
        number(f, what, name, "high", high, bound.takesHigh(), "the ceiling");
        if (bound == Bound.RANGE && low != null && high != null && high.compareTo(low) <= 0) {
            problems.add(f.at("high"), "'high' (" + high.toPlainString() + ") must be above 'low' (" + low.toPlainString() + ") in a range");
        }
        return new Fact.Statistic(Decimal.of(value), Decimal.of(low), Decimal.of(high), bound, unit, measure, scope, asWritten);
    }

    /** {@code field} present exactly when the bound takes it; a message that says which fields it takes otherwise. */
    private void number(Fields f, String what, String bound, String field, BigDecimal number, boolean takes, String meaning) {
        if (takes && number == null && !f.has(field)) {
            problems.add(f.location(), what + " of bound '" + bound + "' needs '" + field + "' (" + meaning + ")");
        } else if (!takes && f.has(field)) {
            problems.add(f.at(field), "'" + field + "' does not go with bound '" + bound + "' (" + takes(bound) + ")");
        }
    }

    private static String takes(String key) {
        Bound b = Bound.of(key);
        List<String> fields = new ArrayList<>();
        if (b.takesValue()) fields.add("'value'");
        if (b.takesLow()) fields.add("'low'");
        if (b.takesHigh()) fields.add("'high'");
        return "it is written with " + String.join(" and ", fields);
    }

    /** A link a fact writes, checked once every fact is known. */
    private record PendingLink(Location at, Report from, String fromId, LinkType type, String target) {}

    private final List<PendingLink> pendingLinks = new ArrayList<>();

    private String single(Fields f, String field, EntityKind kind, Map<EntityKind, List<String>> refs, boolean required) {
        String id = f.text(field, required);
        if (id != null) addRef(refs, kind, id, f.at(field));
        return id;
    }

    private void addRef(Map<EntityKind, List<String>> refs, EntityKind kind, String id, Location at) {
        List<String> list = refs.computeIfAbsent(kind, k -> new ArrayList<>());
        if (!list.contains(id)) list.add(id);
        reference(at, kind, id);
    }

    private Source readSource(YamlNode node, Report report) {
        if (node == null) return null;
        Fields f = Fields.of(node, problems, "a source");
        if (f == null) return null;
        String section = f.text("section", false);
        YamlNode linesNode = f.node("lines", true);
        BigDecimal paragraphNumber = f.number("paragraph", false);
        String anchor = f.text("anchor", false);
        f.finish();
        int paragraph = 0;
        if (paragraphNumber != null) {
            if (paragraphNumber.signum() <= 0 || paragraphNumber.stripTrailingZeros().scale() > 0 || paragraphNumber.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                problems.add(f.at("paragraph"), "'paragraph' must be a whole number from 1 (the paragraph within its section), found "
                        + Ids.printable(paragraphNumber.toPlainString()));
            } else {
                paragraph = paragraphNumber.intValue();
            }
        }
        if (anchor != null) {
            int words = anchor.strip().isEmpty() ? 0 : anchor.strip().split("\\s+").length;
            if (words < 4 || words > 8 || anchor.length() > 120) {
                problems.add(f.at("anchor"), "'anchor' must be the opening words of the evidence sentence, 4 to 8 words that a reader "
                        + "can search for in the article, found " + words + " word" + (words == 1 ? "" : "s"));
            }
            // Whether written, not whether valid: a refused paragraph is reported once, as itself.
            if (!f.has("paragraph")) {
                problems.add(f.location(), "a source gives 'paragraph' and 'anchor' together");
            }
        } else if (f.has("paragraph")) {
            problems.add(f.location(), "a source gives 'paragraph' and 'anchor' together");
        }
        if (section != null && !report.sections().contains(section)) {
            problems.add(f.at("section"), "section '" + Ids.printable(section) + "' is not one of the report's sections"
                    + didYouMean(f.at("section"), section, report.sections()));
        }
        if (!(linesNode instanceof YamlNode.Scalar s) || s.type() == YamlNode.Scalar.Type.NULL) {
            if (linesNode != null) problems.add(linesNode.location(), "'lines' must be N or N-M, found " + linesNode.describe());
            return null;
        }
        String lines = s.text().strip();
        int first;
        int last;
        String notDecimal = s.type() == YamlNode.Scalar.Type.STRING ? null : Fields.notDecimal(lines);
        if (isShortNumber(lines) && notDecimal == null) {
            first = Integer.parseInt(lines);
            last = first;
        } else {
            Matcher m = LINES.matcher(lines);
            if (notDecimal != null || !m.matches()) {
                problems.add(s.location(), "'lines' must be N or N-M (line numbers from 1 to " + MAX_LINE + "), found "
                        + (notDecimal != null ? notDecimal : "'" + Fields.excerpt(lines) + "'"));
                return null;
            }
            String beyond = m.group(1).length() > 7 ? m.group(1) : m.group(2) != null && m.group(2).length() > 7 ? m.group(2) : null;
            if (beyond != null) {
                problems.add(s.location(), "'lines': line number " + Fields.excerpt(beyond) + " is beyond the limit of " + MAX_LINE);
                return null;
            }
            first = Integer.parseInt(m.group(1));
            last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        }
        if (first < 1 || last < first) {
            problems.add(s.location(), "'lines' " + Fields.excerpt(lines) + " is not a range of lines counted from 1");
            return null;
        }
        return new Source(section, first, last, paragraph, anchor == null ? null : anchor.strip());
    }

    /** One to seven ASCII digits: the common "lines: N", without the regular expression. */
    private static boolean isShortNumber(String t) {
        if (t.isEmpty() || t.length() > 7) return false;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
        }
        return true;
    }

    // ---- cross-file checks ----

    private Corpus finish() {
        for (String list : Vocabulary.REQUIRED) {
            if (!vocabulary.containsKey(list)) problems.add(new Location("corpus/vocabulary.yaml", 0, 0), "vocabulary list '" + list + "' is missing");
        }
        for (Pending p : terms) {
            Map<String, String> known = vocabulary.get(p.vocabularyList());
            if (known != null && !known.containsKey(p.term())) {
                problems.add(p.at(), "unknown " + p.field() + " '" + Ids.printable(p.term()) + "'"
                        + didYouMean(p.at(), p.term(), known.keySet()) + " (see vocabulary '" + p.vocabularyList() + "')");
            }
        }
        for (Reference r : references) {
            Map<String, Entity> registry = entities.getOrDefault(r.kind(), Map.of());
            if (!registry.containsKey(r.id())) {
                problems.add(r.at(), "unknown " + r.kind().singular() + " '" + Ids.printable(r.id()) + "'"
                        + didYouMean(r.at(), r.id(), registry.keySet()));
            }
        }
        Map<String, Fact> allFacts = new HashMap<>();
        if (!pendingLinks.isEmpty()) { // every fact's id, only when some fact writes links
            factsByReport.values().forEach(list -> list.forEach(fact -> allFacts.put(fact.globalId(), fact)));
        }
        checkLinks(allFacts);
        for (Reference r : pendingSpellings) {
            if (!reports.containsKey(r.id())) {
                problems.add(r.at(), "unknown report '" + Ids.printable(r.id()) + "' in 'spellings'" + didYouMean(r.at(), r.id(), reports.keySet()));
            }
        }
        checkLineage();
        if (layer != null) layer.finish();
        if (!problems.isEmpty()) throw problems.exception();
        List<Report> ordered = new ArrayList<>(reports.values());
        ordered.sort(Comparator.comparing(Report::published).thenComparing(Report::id));
        Map<String, Report> byId = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (Report r : ordered) {
            byId.put(r.id(), r);
            facts.addAll(factsByReport.getOrDefault(r.id(), List.of()));
        }
        return new Corpus(byId, facts, entities, new Vocabulary(vocabulary), new Thesaurus(new ArrayList<>(groups.values())));
    }

    /**
     * Each link names a known fact of another report, once; an update comes from a report published after the
     * fact it updates; a pair of facts is linked once.
     */
    private void checkLinks(Map<String, Fact> allFacts) {
        Set<String> seen = new HashSet<>();
        for (PendingLink l : pendingLinks) {
            Fact target = allFacts.get(l.target());
            String self = l.from().id() + "/" + l.fromId();
            if (target == null) {
                problems.add(l.at(), "unknown fact '" + Ids.printable(l.target()) + "' (use report-id/fact-id)"
                        + didYouMean(l.at(), l.target(), allFacts.keySet()));
            } else if (target.report().id().equals(l.from().id())) {
                problems.add(l.at(), "'" + l.type().key() + "' links facts of different reports; '" + l.target() + "' is of this report");
            } else if (l.type() == LinkType.UPDATES && !target.report().published().first().isBefore(l.from().published().first())) {
                problems.add(l.at(), "'updates' names a fact of an earlier report; " + target.report().id() + " ("
                        + target.report().published().text() + ") is not earlier than " + l.from().id() + " (" + l.from().published().text() + ")");
            } else {
                String a = self.compareTo(l.target()) < 0 ? self + " " + l.target() : l.target() + " " + self;
                if (!seen.add(a)) problems.add(l.at(), "'" + l.target() + "' and this fact are linked twice (write one link, on one of them)");
                else if (layer != null) layer.link(l.at(), l.from(), l.type().key(), target);
            }
        }
    }

    /** A group cannot descend from itself, through origins or split/offshoot/faction relationships. */
    private void checkLineage() {
        Map<String, Set<String>> parents = new HashMap<>();
        // Where each edge is written, so that a cycle is reported at an edge of it (not at another fact of its group).
        Map<String, Location> where = new HashMap<>();
        for (Entity g : entities.getOrDefault(EntityKind.GROUP, Map.of()).values()) {
            if (g.attribute("origin") != null) {
                parents.computeIfAbsent(g.id(), k -> new HashSet<>()).add(g.attribute("origin"));
                where.putIfAbsent(g.id() + ">" + g.attribute("origin"), g.location());
            }
        }
        for (List<Fact> list : factsByReport.values()) {
            for (Fact fact : list) {
                var rel = fact.relationship();
                if (rel != null && rel.group() != null && rel.other() != null && mxsec.model.RelationTypes.LINEAGE.contains(rel.type())) {
                    parents.computeIfAbsent(rel.group(), k -> new HashSet<>()).add(rel.other());
                    where.putIfAbsent(rel.group() + ">" + rel.other(), fact.location());
                }
            }
        }
        Set<String> reported = new HashSet<>();
        for (String start : new java.util.TreeSet<>(parents.keySet())) {
            List<String> path = new ArrayList<>();
            if (cycle(start, parents, path, new HashSet<>()) && reported.add(String.join(",", new java.util.TreeSet<>(path)))) {
                problems.add(where.get(path.get(0) + ">" + path.get(1)), "group lineage is a cycle: " + String.join(" -> ", path));
            }
        }
    }

    private static boolean cycle(String node, Map<String, Set<String>> parents, List<String> path, Set<String> onPath) {
        if (onPath.contains(node)) {
            if (!path.isEmpty() && path.get(0).equals(node)) {
                path.add(node);
                return true;
            }
            return false;
        }
        path.add(node);
        onPath.add(node);
        for (String parent : parents.getOrDefault(node, Set.of())) {
            if (cycle(parent, parents, path, onPath)) return true;
        }
        path.remove(path.size() - 1);
        onPath.remove(node);
        return false;
    }
}
