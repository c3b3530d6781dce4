package mxsec.query;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;

/**
 * Which facts a query keeps. Empty sets and null dates mean "no constraint". {@code since}/{@code until}
 * keep facts whose date overlaps the period; {@code asOf} keeps facts of reports published by that day
 * ("what did we know then?"). Entity constraints are ANDed across kinds, ORed within one kind.
 */
public record FactFilter(Set<String> reports, LocalDate since, LocalDate until, LocalDate asOf, Set<FactKind> kinds,
                         Set<String> topics, Map<EntityKind, Set<String>> entities) implements Predicate<Fact> {
    public static final FactFilter ALL = new FactFilter(Set.of(), null, null, null, Set.of(), Set.of(), Map.of());

    public FactFilter {
        reports = Set.copyOf(reports);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
        topics = Set.copyOf(topics);
        entities = entities.isEmpty() ? Map.of() : new EnumMap<>(entities);
    }

    /** Whether this filter keeps every fact (plain code: a record's equals bootstraps method handles, ~10 ms cold). */
    public boolean keepsAll() {
        return reports.isEmpty() && since == null && until == null && asOf == null && kinds.isEmpty() && topics.isEmpty()
                && entities.isEmpty();
    }

    @Override
    public boolean test(Fact f) {
        if (!reports.isEmpty() && !reports.contains(f.report().id())) return false;
        if (asOf != null && f.report().published().first().isAfter(asOf)) return false;
        if (!kinds.isEmpty() && !kinds.contains(f.kind())) return false;
        if (!topics.isEmpty() && !anyIn(f.topics(), topics)) return false;
        if (since != null && !f.effectiveDate().endsOnOrAfter(since)) return false;
        if (until != null && !f.effectiveDate().startsOnOrBefore(until)) return false;
        for (var e : entities.entrySet()) {
            if (!anyIn(f.refs(e.getKey()), e.getValue())) return false;
        }
        return true;
    }

    /**
     * The facts of {@code corpus} this filter keeps, in corpus order. An entity or kind constraint narrows the
     * candidates first through the corpus's lists of what mentions that entity or is of that kind: an index then
     * decodes only those facts.
     */
    public List<Fact> select(Corpus corpus) {
        List<Fact> candidates = null;
        for (var e : entities.entrySet()) {
            candidates = corpus.mentioning(e.getKey(), e.getValue());
            break;
        }
        if (candidates == null) candidates = kinds.isEmpty() ? corpus.facts() : corpus.ofKinds(kinds);
        List<Fact> out = new java.util.ArrayList<>();
        for (Fact f : candidates) {
            if (test(f)) out.add(f);
        }
        return out;
    }

    /**
     * The facts {@code filter} keeps that are about the state {@code state} or about one of its places (Nuevo
     * Laredo, Reynosa and Matamoros for Tamaulipas), in corpus order: a state's profile is its places' too.
     */
    public static List<Fact> aboutStateAndItsPlaces(FactFilter filter, Corpus corpus, String state) {
        java.util.Set<String> places = new java.util.HashSet<>();
        for (mxsec.model.Entity p : corpus.entities(EntityKind.PLACE)) {
            if (state.equals(p.attribute("state"))) places.add(p.id());
        }
        List<Fact> own = filter.about(EntityKind.STATE, state).select(corpus);
        if (places.isEmpty()) return own;
        List<Fact> atPlaces = filter.withPlaces(places).select(corpus);
        if (atPlaces.isEmpty()) return own;
        // Both lists are in corpus order: merge them by report, then by where each fact stands in its file, so
        // that no other fact of the corpus is decoded.
        Map<String, Integer> reportOrder = new java.util.HashMap<>();
        for (mxsec.model.Report r : corpus.reports()) reportOrder.put(r.id(), reportOrder.size());
        List<Fact> out = new java.util.ArrayList<>(own.size() + atPlaces.size());
        int i = 0, j = 0;
        while (i < own.size() || j < atPlaces.size()) {
            if (j == atPlaces.size()) out.add(own.get(i++));
            else if (i == own.size()) out.add(atPlaces.get(j++));
            else {
                Fact a = own.get(i), b = atPlaces.get(j);
                if (a.equals(b)) {
                    out.add(a);
                    i++;
                    j++;
                    continue;
                }
                int c = Integer.compare(reportOrder.get(a.report().id()), reportOrder.get(b.report().id()));
                if (c == 0) c = Integer.compare(a.location().line(), b.location().line());
                out.add(c <= 0 ? own.get(i++) : atPlaces.get(j++));
            }
        }
        return out;
    }

    /** The same filter with its place constraint {@code places}. */
    private FactFilter withPlaces(java.util.Set<String> places) {
        Map<EntityKind, Set<String>> more = new EnumMap<>(EntityKind.class);
        more.putAll(entities);
        more.put(EntityKind.PLACE, places);
        return new FactFilter(reports, since, until, asOf, kinds, topics, more);
    }

    /** Whether some item of {@code items} is in {@code set}: a plain loop, it runs for every fact. */
    private static boolean anyIn(List<String> items, java.util.Collection<String> set) {
        for (int i = 0; i < items.size(); i++) {
            if (set.contains(items.get(i))) return true;
        }
        return false;
    }

    /** The same filter with one more kind constraint set. */
    public FactFilter withKinds(Set<FactKind> only) {
        return new FactFilter(reports, since, until, asOf, only, topics, entities);
    }

    /** The same filter restricted to facts about {@code id} of {@code kind} (on top of other entity constraints). */
    public FactFilter about(EntityKind kind, String id) {
        Map<EntityKind, Set<String>> more = new EnumMap<>(EntityKind.class);
        more.putAll(entities);
        more.put(kind, Set.of(id));
        return new FactFilter(reports, since, until, asOf, kinds, topics, more);
    }
}
