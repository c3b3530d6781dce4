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

    public Corpus(Map<String, Report> reports, List<Fact> facts, Map<EntityKind, Map<String, Entity>> entities,
                  Vocabulary vocabulary) {
        this(reports, FactStore.of(facts), entities, vocabulary);
    }

    public Corpus(Map<String, Report> reports, FactStore facts, Map<EntityKind, Map<String, Entity>> entities,
                  Vocabulary vocabulary) {
        this.reports = reports;
        this.facts = facts;
        this.entities = new EnumMap<>(entities);
        this.vocabulary = vocabulary;
    }

    /** The facts of other reports that differ from {@code f} on the same point (see {@link Disagreements}). */
    public List<Fact> disagreeing(Fact f) {
        return facts.disagreeing(f);
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

    public Entity entity(EntityKind kind, String id) {
        return entities.getOrDefault(kind, Map.of()).get(id);
    }

    public int entityCount() {
        return entities.values().stream().mapToInt(Map::size).sum();
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }
}
