package mxsec.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A loaded, validated corpus: reports in date order, their facts, the registries and the vocabularies. */
public final class Corpus {
    private final Map<String, Report> reports;
    private final FactStore facts;
    private final Map<EntityKind, Map<String, Entity>> entities;
    /** Built on first use: most commands never look a fact up by id, and 100,000 ids cost time to build. */
    private Map<String, Fact> factsById;
    private final Vocabulary vocabulary;
    private final Thesaurus thesaurus;
    /** What the loader stored with the corpus, computed ahead of time; null when it stored none. */
    private final StoredNameKeys nameKeys;
    private final StoredSearchTexts searchTexts;
    /** What other layers derive from this corpus and keep while it lives, by type (see {@link #derived}). */
    private final Map<Class<?>, Object> derived = new java.util.HashMap<>(4);

    public Corpus(Map<String, Report> reports, List<Fact> facts, Map<EntityKind, Map<String, Entity>> entities,
                  Vocabulary vocabulary) {
        this(reports, FactStore.of(facts), entities, vocabulary, Thesaurus.EMPTY, null, null);
    }

    public Corpus(Map<String, Report> reports, List<Fact> facts, Map<EntityKind, Map<String, Entity>> entities,
                  Vocabulary vocabulary, Thesaurus thesaurus) {
        this(reports, FactStore.of(facts), entities, vocabulary, thesaurus, null, null);
    }

    /** {@code nameKeys} and {@code searchTexts}: computed from this corpus ahead of time and stored with it, or null. */
    public Corpus(Map<String, Report> reports, FactStore facts, Map<EntityKind, Map<String, Entity>> entities,
                  Vocabulary vocabulary, Thesaurus thesaurus, StoredNameKeys nameKeys, StoredSearchTexts searchTexts) {
        this.reports = reports;
        this.thesaurus = thesaurus;
        this.facts = facts;
        this.entities = new EnumMap<>(entities);
        this.vocabulary = vocabulary;
        this.nameKeys = nameKeys;
        this.searchTexts = searchTexts;
    }

    /** The keys of its entities' names as the loader stored them (a corpus index does); null when none are. */
    public StoredNameKeys storedNameKeys() {
        return nameKeys;
    }

    /** Its texts folded for search as the loader stored them, read when asked; null when none are stored. */
    public StoredSearchTexts storedSearchTexts() {
        return searchTexts;
    }

    /**
     * What the query layer built from this corpus alone and keeps as long as the corpus lives (its name index,
     * its search texts: the shell asks many questions of one corpus), by type; null before it is kept.
     */
    public <T> T derived(Class<T> type) {
        synchronized (derived) {
            return type.cast(derived.get(type));
        }
    }

    /** Keeps {@code value} as this corpus's {@link #derived} {@code type}, unless one is kept already; returns the one kept. */
    public <T> T keepDerived(Class<T> type, T value) {
        synchronized (derived) {
            Object kept = derived.putIfAbsent(type, value);
            return kept == null ? value : type.cast(kept);
        }
    }

    private List<String> userCorpora;

    /**
     * The user corpora (their directories as given) that its reports and entities come from, in the order first
     * met; empty for the built-in corpus alone (see {@link Location#userCorpus}).
     */
    public synchronized List<String> userCorpora() {
        if (userCorpora != null) return userCorpora;
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Report r : reports.values()) {
            String user = Location.userCorpusOf(r.location());
            if (user != null) found.add(user);
        }
        for (Map<String, Entity> registry : entities.values()) {
            for (Entity e : registry.values()) {
                String user = Location.userCorpusOf(e.location());
                if (user != null) found.add(user);
            }
        }
        userCorpora = List.copyOf(found);
        return userCorpora;
    }

    /** How facts of other reports relate to {@code f} on the same point (see {@link Links}). */
    public List<Links.Linked> links(Fact f) {
        return facts.links(f);
    }

    /** The facts about any of {@code ids} of {@code kind}, in the order of {@link #facts()}. */
    public List<Fact> mentioning(EntityKind kind, Collection<String> ids) {
        return facts.mentioning(kind, ids);
    }

    /** The facts of any of {@code kinds}, in the order of {@link #facts()}; from an index, decoding those alone. */
    public List<Fact> ofKinds(java.util.Set<FactKind> kinds) {
        return facts.ofKinds(kinds);
    }

    /** Reports, oldest first. */
    public Collection<Report> reports() {
        return reports.values();
    }

    public Report report(String id) {
        return reports.get(id);
    }

    /** Every fact, in report order then document order. */
    public List<Fact> facts() {
        return facts.all();
    }

    /** How many facts there are (without decoding them from an index). */
    public int factCount() {
        return facts.size();
    }

    /** The fact at {@code position} in {@link #facts()}; from an index, decoding that fact alone. */
    public Fact factAt(int position) {
        return facts.get(position);
    }

    public synchronized Fact fact(String globalId) {
        if (factsById == null) {
            Map<String, Fact> byId = new java.util.HashMap<>(facts.size() * 2);
            for (Fact f : facts.all()) byId.put(f.globalId(), f);
            factsById = byId;
        }
        return factsById.get(globalId);
    }

    /** The facts whose id within their report is {@code id}, one per report at most, in report order. */
    public List<Fact> factsWithLocalId(String id) {
        List<Fact> out = new java.util.ArrayList<>();
        for (Report r : reports.values()) {
            Fact f = fact(r.id() + "/" + id);
            if (f != null) out.add(f);
        }
        return out;
    }

    public Collection<Entity> entities(EntityKind kind) {
        return entities.getOrDefault(kind, Map.of()).values();
    }

    /** The name of the entity of {@code kind} with {@code id}, or the id itself when the corpus has none. */
    public String nameOf(EntityKind kind, String id) {
        Entity e = entity(kind, id);
        return e == null ? id : e.name();
    }

    public Entity entity(EntityKind kind, String id) {
        return entities.getOrDefault(kind, Map.of()).get(id);
    }

    public int entityCount() {
        int n = 0;
        for (Map<String, Entity> registry : entities.values()) n += registry.size();
        return n;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Its groups of equivalent search terms (built-in first; empty when it has none). */
    public Thesaurus thesaurus() {
        return thesaurus;
    }
}
