package mxsec.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.Fact;
import mxsec.model.SearchTexts;
import mxsec.query.SearchIndex.Word;
import mxsec.text.Fold;

/**
 * Ranked search over facts and entity names. A query's words are analyzed as the corpus is ({@link Analysis});
 * runs of words that name an entity or stand in a thesaurus group become one concept that also matches the facts
 * referencing that entity and the group's other terms. Facts are scored by BM25 over their fields (summary,
 * notes, measure, topics) and the names of the entities they reference: a missing word lowers a fact's score,
 * it does not drop the fact. {@code "quoted words"} must stand together; {@code -word} excludes. Loops and
 * named classes, no lambdas (docs/performance.md).
 */
public final class Search {
    /** BM25's usual constants. */
    private static final double K1 = 1.2, B = 0.75;
    /** Weights of the fields of {@link SearchTexts#FIELDS}, then of the referenced entities' names. */
    private static final double[] WEIGHTS = {1.0, 0.5, 0.6, 0.5, 0.7};
    private static final int NAMES = SearchTexts.FIELDS.length;
    /** A thesaurus term other than the one typed counts this much of it. */
    private static final double SYNONYM = 0.8;
    /** Words in the longest run that can name an entity or a thesaurus term. */
    private static final int LONGEST = 6;
    /** Entity rows shown at most, before the facts. */
    public static final int MAX_ENTITIES = 5;

    private Search() {}

    /** What a search returns rows of. */
    public enum Type { ALL, FACT, ENTITY }

    /** One hit: an entity or a fact, its score, and the words of it that matched (as written in the corpus). */
    public record Hit(double score, Entity entity, Fact fact, List<String> matched) {}

    /** The entity rows (at most {@link #MAX_ENTITIES}) and the fact rows (at most the limit), best first. */
    public record Result(List<Hit> entities, List<Hit> facts) {
        public boolean isEmpty() {
            return entities.isEmpty() && facts.isEmpty();
        }
    }

    /** A concept of the query: the alternatives that count as it, and the entities whose facts it matches. */
    private record Concept(String label, List<Word[]> terms, List<Double> weights, Set<Integer> entities, boolean required,
                           boolean excluded) {}

    /** Whether {@code query} has a word search can use (not only stop words and signs). */
    public static boolean searchable(String query) {
        for (Part p : Part.parse(query)) {
            if (!Analysis.words(p.text()).isEmpty()) return true;
        }
        return false;
    }

    /**
     * Searches {@code corpus} for {@code query}: entity rows whose names the query gives (only those with a fact that
     * passes {@code filter}) and facts that pass it, best first; at most {@code limit} facts, all when it is 0.
     */
    public static Result search(Corpus corpus, String query, FactFilter filter, int limit, Type type) {
        mxsec.Trace.mark("search");
        SearchIndex index = SearchIndex.of(corpus);
        List<Concept> concepts = concepts(index, Part.parse(query));
        mxsec.Trace.mark("search concepts");
        List<Hit> entities = type == Type.FACT ? List.of() : entities(corpus, index, query, concepts, filter);
        mxsec.Trace.mark("search entities");
        List<Hit> facts = type == Type.ENTITY ? List.of() : facts(corpus, index, concepts, filter, limit);
        mxsec.Trace.mark("search facts");
        return new Result(entities, facts);
    }

    // ---- the query ----

    /** A piece of the query: free words, a quoted phrase, or an excluded word or phrase. */
    private record Part(String text, boolean phrase, boolean excluded) {
        static List<Part> parse(String query) {
            List<Part> parts = new ArrayList<>();
            StringBuilder free = new StringBuilder();
            int i = 0, n = query.length();
            while (i < n) {
                char c = query.charAt(i);
                boolean start = i == 0 || Character.isWhitespace(query.charAt(i - 1));
                boolean minus = c == '-' && start && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1));
                int open = minus ? i + 1 : i;
                if (open < n && query.charAt(open) == '"') {
                    int close = query.indexOf('"', open + 1);
                    if (close < 0) close = n;
                    flush(free, parts);
                    parts.add(new Part(query.substring(open + 1, close), true, minus));
                    i = close + 1;
                } else if (minus) {
                    int end = i + 1;
                    while (end < n && !Character.isWhitespace(query.charAt(end))) end++;
                    flush(free, parts);
                    parts.add(new Part(query.substring(i + 1, end), false, true));
                    i = end;
                } else {
                    free.append(c);
                    i++;
                }
            }
            flush(free, parts);
            return parts;
        }

        private static void flush(StringBuilder free, List<Part> parts) {
            if (free.length() > 0 && !free.toString().isBlank()) parts.add(new Part(free.toString(), false, false));
            free.setLength(0);
        }
    }

    private static List<Concept> concepts(SearchIndex index, List<Part> parts) {
        List<Concept> concepts = new ArrayList<>();
        for (Part part : parts) {
            Word[] words = index.words(part.text());
            if (words.length == 0) continue;
            if (part.phrase() || part.excluded()) {
                List<Word[]> terms = new ArrayList<>();
                terms.add(words);
                List<Double> weights = new ArrayList<>();
                weights.add(1.0);
                concepts.add(new Concept(part.text().strip(), terms, weights, Set.of(), part.phrase() && !part.excluded(), part.excluded()));
                continue;
            }
            int i = 0;
            while (i < words.length) {
                int length = Math.min(LONGEST, words.length - i);
                Concept found = null;
                for (; length >= 1 && found == null; length--) {
                    Word[] run = java.util.Arrays.copyOfRange(words, i, i + length);
                    found = expanded(index, run, length == 1);
                }
                concepts.add(found);
                i += length + 1;
            }
        }
        return concepts;
    }

    /**
     * The concept of a run of words when an entity's spelling or a thesaurus term is the run (a single word always
     * makes one): the run, the thesaurus group's other terms, and the entities any of them names.
     */
    private static Concept expanded(SearchIndex index, Word[] run, boolean always) {
        List<Word[]> terms = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        terms.add(run);
        weights.add(1.0);
        for (List<Word[]> group : index.thesaurus) {
            boolean in = false;
            for (Word[] term : group) in |= SearchIndex.same(term, run);
            if (!in) continue;
            for (Word[] term : group) {
                if (!SearchIndex.same(term, run) && !contains(terms, term)) {
                    terms.add(term);
                    weights.add(SYNONYM);
                }
            }
        }
        Set<Integer> entities = new LinkedHashSet<>();
        for (int e = 0; e < index.entityCount(); e++) {
            for (Word[] spelling : index.spellings(e)) {
                if (contains(terms, spelling)) {
                    entities.add(e);
                    break;
                }
            }
        }
        if (!always && terms.size() == 1 && entities.isEmpty()) return null;
        // A named entity's other spellings count as the run too: "jalisco cartel" finds a summary that says "CJNG".
        for (int e : entities) {
            for (Word[] spelling : index.spellings(e)) {
                if (!contains(terms, spelling)) {
                    terms.add(spelling);
                    weights.add(SYNONYM);
                }
            }
        }
        StringBuilder label = new StringBuilder();
        for (Word w : run) label.append(label.length() == 0 ? "" : " ").append(w.text());
        return new Concept(label.toString(), terms, weights, entities, false, false);
    }

    private static boolean contains(List<Word[]> terms, Word[] term) {
        for (Word[] t : terms) {
            if (SearchIndex.same(t, term)) return true;
        }
        return false;
    }

    // ---- facts ----

    private static List<Hit> facts(Corpus corpus, SearchIndex index, List<Concept> concepts, FactFilter filter, int limit) {
        SearchTexts texts = index.texts;
        int n = texts.facts().length, c = concepts.size();
        if (c == 0) return List.of();
        // Pass 1: each concept's weighted count in each field of each fact, and how many facts it stands in.
        double[][][] counts = new double[n][][];
        int[] documents = new int[c];
        double[][] nameWeights = new double[c][];
        for (int k = 0; k < c; k++) nameWeights[k] = nameWeights(index, concepts.get(k));
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < c; k++) {
                double[] fields = counts(index, i, concepts.get(k), nameWeights[k]);
                if (fields == null) continue;
                if (counts[i] == null) counts[i] = new double[c][];
                counts[i][k] = fields;
                documents[k]++;
            }
        }
        // Pass 2: BM25 per field, weighted, summed over the concepts.
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (counts[i] == null) continue;
            double score = 0;
            boolean keep = true;
            for (int k = 0; k < c && keep; k++) {
                Concept concept = concepts.get(k);
                double[] fields = counts[i][k];
                if (concept.excluded()) {
                    keep = fields == null;
                    continue;
                }
                if (fields == null) {
                    keep = !concept.required();
                    continue;
                }
                double idf = Math.log(1 + (n - documents[k] + 0.5) / (documents[k] + 0.5));
                double sum = 0;
                for (int f = 0; f < fields.length; f++) {
                    if (fields[f] == 0) continue;
                    double length = f < NAMES ? texts.facts()[i][f].length / index.meanLength[f] : 1;
                    sum += WEIGHTS[f] * fields[f] * (K1 + 1) / (fields[f] + K1 * (1 - B + B * length));
                }
                score += idf * sum;
            }
            if (!keep || score <= 0) continue;
            Fact fact = corpus.factAt(i);
            if (!filter.test(fact)) continue;
            hits.add(new Hit(score, null, fact, matched(index, i, concepts, counts[i])));
        }
        hits.sort(new Ranking());
        if (limit > 0 && hits.size() > limit) hits = new ArrayList<>(hits.subList(0, limit));
        return hits;
    }

    /**
     * Per entity, how much a reference to it counts for {@code concept}: 1 when the concept names it, else the weight of
     * the best of its terms that stands in one of the entity's spellings, else 0. Once per query, not per fact.
     */
    private static double[] nameWeights(SearchIndex index, Concept concept) {
        double[] weights = new double[index.entityCount()];
        for (int e = 0; e < weights.length; e++) {
            if (concept.entities().contains(e)) {
                weights[e] = 1;
                continue;
            }
            for (Word[] spelling : index.spellings(e)) {
                for (int t = 0; t < concept.terms().size(); t++) {
                    if (contains(spelling, concept.terms().get(t))) weights[e] = Math.max(weights[e], concept.weights().get(t));
                }
            }
        }
        return weights;
    }

    /** A concept's weighted count in each field of fact {@code i} (the last: the referenced entities' names); null when it stands in none. */
    private static double[] counts(SearchIndex index, int i, Concept concept, double[] nameWeights) {
        int[][] fields = index.texts.facts()[i];
        double[] out = null;
        for (int f = 0; f < fields.length; f++) {
            double count = 0;
            for (int t = 0; t < concept.terms().size(); t++) {
                count += concept.weights().get(t) * index.count(fields[f], concept.terms().get(t));
            }
            if (count > 0) {
                if (out == null) out = new double[NAMES + 1];
                out[f] = count;
            }
        }
        double names = 0;
        for (int e : index.texts.refs()[i]) names = Math.max(names, nameWeights[e]);
        if (names > 0) {
            if (out == null) out = new double[NAMES + 1];
            out[NAMES] = names;
        }
        return out;
    }

    /** Whether the word sequence {@code term} stands in {@code spelling}. */
    private static boolean contains(Word[] spelling, Word[] term) {
        outer:
        for (int p = 0; p + term.length <= spelling.length; p++) {
            for (int k = 0; k < term.length; k++) {
                if (!spelling[p + k].sameAs(term[k])) continue outer;
            }
            return true;
        }
        return false;
    }

    /** The corpus's words that matched each concept in fact {@code i}: the first found, text fields first, else the entity's name. */
    private static List<String> matched(SearchIndex index, int i, List<Concept> concepts, double[][] counts) {
        Set<String> out = new LinkedHashSet<>();
        int[][] fields = index.texts.facts()[i];
        for (int k = 0; k < concepts.size(); k++) {
            Concept concept = concepts.get(k);
            if (counts[k] == null || concept.excluded()) continue;
            String found = null;
            for (int f = 0; f < fields.length && found == null; f++) {
                for (Word[] term : concept.terms()) {
                    int p = index.find(fields[f], term);
                    if (p < 0) continue;
                    StringBuilder s = new StringBuilder();
                    for (int w = p; w < p + term.length; w++) s.append(s.length() == 0 ? "" : " ").append(index.texts.words()[fields[f][w]]);
                    found = s.toString();
                    break;
                }
            }
            if (found == null) found = matchedName(index, i, concept);
            if (found != null) out.add(found);
        }
        return List.copyOf(out);
    }

    private static String matchedName(SearchIndex index, int i, Concept concept) {
        for (int e : index.texts.refs()[i]) {
            if (concept.entities().contains(e)) return index.entities[e].name();
            for (Word[] spelling : index.spellings(e)) {
                for (Word[] term : concept.terms()) {
                    if (contains(spelling, term)) return index.entities[e].name();
                }
            }
        }
        return null;
    }

    /** Best score first; then facts by date (entities before them), then by id. A class, not a lambda (docs/performance.md). */
    private static final class Ranking implements Comparator<Hit> {
        @Override
        public int compare(Hit a, Hit b) {
            int c = Double.compare(round(b.score()), round(a.score()));
            if (c == 0) c = date(a).compareTo(date(b));
            return c != 0 ? c : id(a).compareTo(id(b));
        }

        /** Scores equal to six places are a tie: summing in another order must not reorder them. */
        private static double round(double score) {
            return Math.round(score * 1e6) / 1e6;
        }

        private static String date(Hit h) {
            return h.fact() == null ? "" : h.fact().effectiveDate().first().toString();
        }

        private static String id(Hit h) {
            return h.fact() == null ? h.entity().id() : h.fact().globalId();
        }
    }

    // ---- entities ----

    /**
     * Entities the query names, compared word by word as search reads words: a spelling that is the whole query (40),
     * that contains it (20) or that has all its words (10), or a run of the query that names it (5); only those with
     * a fact that passes {@code filter}.
     */
    private static List<Hit> entities(Corpus corpus, SearchIndex index, String query, List<Concept> concepts, FactFilter filter) {
        List<Word> typed = new ArrayList<>();
        for (Part p : Part.parse(query)) {
            if (!p.excluded()) typed.addAll(java.util.Arrays.asList(index.words(p.text())));
        }
        Word[] phrase = typed.toArray(new Word[0]);
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        if (phrase.length > 0) {
            for (int e = 0; e < index.entityCount(); e++) {
                int best = 0;
                for (Word[] spelling : index.spellings(e)) {
                    if (SearchIndex.same(spelling, phrase)) best = Math.max(best, 40);
                    else if (contains(spelling, phrase)) best = Math.max(best, 20);
                    else if (allWords(spelling, phrase)) best = Math.max(best, 10);
                }
                if (best > 0) scores.put(e, best);
            }
        }
        for (Concept c : concepts) {
            if (c.excluded()) continue;
            for (int e : c.entities()) scores.merge(e, 5, Math::max);
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Integer, Integer> s : scores.entrySet()) {
            Entity e = index.entities[s.getKey()];
            if (filter.keepsAll() || hasFact(corpus, e, filter)) {
                hits.add(new Hit(s.getValue(), e, null, List.of(e.name())));
            }
        }
        hits.sort(new Ranking());
        return hits.size() > MAX_ENTITIES ? new ArrayList<>(hits.subList(0, MAX_ENTITIES)) : hits;
    }

    private static boolean hasFact(Corpus corpus, Entity e, FactFilter filter) {
        for (Fact f : corpus.mentioning(e.kind(), List.of(e.id()))) {
            if (filter.test(f)) return true;
        }
        return false;
    }

    /** Whether every word of {@code words} stands somewhere in {@code spelling}. */
    private static boolean allWords(Word[] spelling, Word[] words) {
        for (Word w : words) {
            boolean found = false;
            for (Word s : spelling) found |= s.sameAs(w);
            if (!found) return false;
        }
        return true;
    }

    // ---- hints for a miss ----

    /** What to suggest when nothing matched: the corpus's words nearest the query's, and the entities whose names are near. */
    public record Hints(List<String> words, List<String> entities) {}

    public static Hints hints(Corpus corpus, String query) {
        SearchIndex index = SearchIndex.of(corpus);
        Set<String> words = new LinkedHashSet<>();
        for (Part p : Part.parse(query)) {
            if (p.excluded()) continue;
            for (String w : Analysis.words(p.text())) {
                for (String near : mxsec.text.Suggest.closest(w, index.vocabulary(), 3)) {
                    if (!near.equals(w)) words.add(near);
                }
            }
        }
        Map<String, Entity> names = new LinkedHashMap<>();
        for (Entity e : index.entities) {
            for (String s : e.names()) names.putIfAbsent(s, e);
        }
        Set<String> entities = new LinkedHashSet<>();
        for (Entity e : mxsec.text.Suggest.closest(Fold.fold(query.replace("\"", "")), names, 3)) entities.add(NameResolver.label(e));
        return new Hints(List.copyOf(words), List.copyOf(entities));
    }
}
