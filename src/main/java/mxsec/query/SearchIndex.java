package mxsec.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.text.Fold;

/**
 * Each fact's text folded once for matching (summary; notes, topics and the names of what it is about), so
 * a search or a keyword test costs a lookup instead of Unicode normalization of the whole corpus per query.
 * Built on first use per corpus and kept while the corpus is (the shell asks many questions of one corpus).
 * The built-in corpus ships its texts folded at build time ({@link Folded}): folding them all took a search
 * 40 ms of a cold start.
 */
public final class SearchIndex {
    private static final Map<Corpus, SearchIndex> INDEXES = new WeakHashMap<>();
    /** Texts folded ahead of time, by corpus: read only when a search first needs them. */
    private static final Map<Corpus, Supplier<Folded>> PREBUILT = new WeakHashMap<>();

    /** Folded word forms (see {@link Fold#words}) of a fact's summary, and of the rest of its text. */
    public record Text(String summary, String other) {}

    /**
     * A corpus's texts as this class folds them: each fact's, in the order of {@link Corpus#facts()}, and each
     * entity's spellings, kind by kind in {@link EntityKind} order, entities in registry order.
     */
    public record Folded(List<Text> facts, List<List<String>> spellings) {}

    private final Corpus corpus;
    private final Map<Fact, Text> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Entity, List<String>> spellings = new java.util.concurrent.ConcurrentHashMap<>();
    /** An entity's names in folded word form, run together: part of the text of every fact about it. */
    private final Map<Entity, String> nameWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** Topics repeat from fact to fact: each folded once. */
    private final Map<String, String> topicWords = new java.util.concurrent.ConcurrentHashMap<>();
    private Supplier<Folded> prebuilt;
    /** The prebuilt texts once read; null before, or when there are none (or they do not fit this corpus). */
    private Folded folded;

    private SearchIndex(Corpus corpus, Supplier<Folded> prebuilt) {
        this.corpus = corpus;
        this.prebuilt = prebuilt;
    }

    public static synchronized SearchIndex of(Corpus corpus) {
        SearchIndex index = INDEXES.get(corpus);
        if (index == null) INDEXES.put(corpus, index = new SearchIndex(corpus, PREBUILT.remove(corpus)));
        return index;
    }

    /**
     * Offers texts folded ahead of time for {@code corpus} (what {@link #fold(Corpus)} gives, read from a file),
     * got from {@code texts} when a search first needs them. A null from it, or texts that do not fit the corpus,
     * only mean folding at run time.
     */
    public static synchronized void prebuilt(Corpus corpus, Supplier<Folded> texts) {
        if (!INDEXES.containsKey(corpus)) PREBUILT.put(corpus, texts);
    }

    /** Every text of {@code corpus} folded: what a build stores for {@link #prebuilt}. */
    public static Folded fold(Corpus corpus) {
        SearchIndex index = new SearchIndex(corpus, null);
        List<Text> facts = new ArrayList<>(corpus.factCount());
        for (Fact f : corpus.facts()) facts.add(index.text(f));
        List<List<String>> spellings = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : corpus.entities(kind)) spellings.add(index.spellings(e));
        }
        return new Folded(facts, spellings);
    }

    /** The prebuilt texts, read on first use; null when there are none that fit. */
    private synchronized Folded folded() {
        if (prebuilt != null) {
            Folded f = prebuilt.get();
            prebuilt = null;
            if (f != null && f.facts().size() == corpus.factCount() && f.spellings().size() == corpus.entityCount()) {
                folded = f;
                int n = 0;
                for (EntityKind kind : EntityKind.values()) {
                    for (Entity e : corpus.entities(kind)) spellings.put(e, f.spellings().get(n++));
                }
            }
        }
        return folded;
    }

    /** A fact's folded text, folded when first asked for (a comparison needs a few facts, a search all). */
    public Text text(Fact f) {
        return texts.computeIfAbsent(f, this::fold);
    }

    /** The folded text of the fact at {@code position} in {@link Corpus#facts()}, without decoding the fact when it was folded ahead. */
    public Text text(int position) {
        Folded f = folded();
        return f != null ? f.facts().get(position) : text(corpus.factAt(position));
    }

    private Text fold(Fact f) {
        StringBuilder other = new StringBuilder(Fold.words(f.notes() == null ? "" : f.notes()));
        for (EntityKind kind : EntityKind.values()) {
            for (String id : f.refs(kind)) {
                Entity e = corpus.entity(kind, id);
                if (e != null) other.append(nameWords.computeIfAbsent(e, SearchIndex::nameWords));
            }
        }
        for (String t : f.topics()) other.append(topicWords.computeIfAbsent(t, Fold::words));
        return new Text(Fold.words(f.summary()), other.toString());
    }

    private static String nameWords(Entity e) {
        StringBuilder s = new StringBuilder();
        e.names().forEach(n -> s.append(Fold.words(n)));
        return s.toString();
    }

    /** Every spelling of an entity (id, name, aliases, ISO code) in folded word form. */
    public List<String> spellings(Entity e) {
        folded();
        List<String> known = spellings.get(e);
        if (known != null) return known;
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String s : NameResolver.spellings(e)) words.add(Fold.words(s));
        List<String> list = List.copyOf(words);
        spellings.put(e, list);
        return list;
    }
}
