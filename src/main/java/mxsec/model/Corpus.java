package mxsec.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A loaded, validated corpus: reports in date order, their facts, the registries and the vocabularies. */
public final class Corpus {
    private final Map<String, Report> reports;
    private final List<Fact> facts;
    private final Map<EntityKind, Map<String, Entity>> entities;
    /** Built on first use: most commands never look a fact up by id, and 100,000 ids cost time to build. */
    private Map<String, Fact> factsById;
    private final Vocabulary vocabulary;
    private Disagreements disagreements;

    /** The facts that name conflicts, when the builder of this corpus noted them; else null (found when needed). */
    private final List<Fact> naming;

    public Corpus(Map<String, Report> reports, List<Fact> facts, Map<EntityKind, Map<String, Entity>> entities,
                  Vocabulary vocabulary) {
        this(reports, facts, entities, vocabulary, null);
    }

    /** {@code naming}: the facts with a non-empty {@code conflicts}, in order (saves a pass over every fact). */
    public Corpus(Map<String, Report> reports, List<Fact> facts, Map<EntityKind, Map<String, Entity>> entities,
                  Vocabulary vocabulary, List<Fact> naming) {
        this.reports = reports;
        this.facts = List.copyOf(facts);
        this.entities = new EnumMap<>(entities);
        this.vocabulary = vocabulary;
        this.naming = naming == null ? null : List.copyOf(naming);
    }

    /**
     * The facts of other reports that differ from {@code f} on the same point (see {@link Disagreements}); the
     * groups are built on first use, so commands that show no facts never pay for them.
     */
    public synchronized List<Fact> disagreeing(Fact f) {
        if (disagreements == null) disagreements = new Disagreements(facts, naming);
        return disagreements.of(f);
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
        return facts;
    }

    public synchronized Fact fact(String globalId) {
        if (factsById == null) {
            Map<String, Fact> byId = new java.util.HashMap<>(facts.size() * 2);
            for (Fact f : facts) byId.put(f.globalId(), f);
            factsById = byId;
        }
        return factsById.get(globalId);
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
