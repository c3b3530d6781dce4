package mxsec.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.SearchTexts;
import mxsec.model.SearchTexts.Text;
import mxsec.model.StoredSearchTexts;
import mxsec.text.Fold;

/**
 * Each fact's text folded once for matching (summary; notes, topics and the names of what it is about), so
 * a search or a keyword test costs a lookup instead of Unicode normalization of the whole corpus per query.
 * Built on first use per corpus and kept by the corpus while it lives (the shell asks many questions of one
 * corpus). Loops, not lambdas (docs/performance.md). The built-in corpus ships its texts folded at build time ({@link Corpus#storedSearchTexts}): folding
 * them all took a search 40 ms of a cold start.
 */
public final class FoldedTexts {
    private final Corpus corpus;
    private final Map<Fact, Text> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Entity, List<String>> spellings = new java.util.concurrent.ConcurrentHashMap<>();
    /** An entity's names in folded word form, run together: part of the text of every fact about it. */
    private final Map<Entity, String> nameWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** Topics repeat from fact to fact: each folded once. */
    private final Map<String, String> topicWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** The stored texts, until read; null once read, or when the corpus stored none. */
    private StoredSearchTexts prebuilt;
    /** The stored texts once read; null before, or when there are none (or they do not fit this corpus). */
    private SearchTexts folded;

    private FoldedTexts(Corpus corpus, StoredSearchTexts prebuilt) {
        this.corpus = corpus;
        this.prebuilt = prebuilt;
    }

    /** The search index of a corpus, kept by the corpus while it lives. */
    public static FoldedTexts of(Corpus corpus) {
        FoldedTexts index = corpus.derived(FoldedTexts.class);
        return index != null ? index : corpus.keepDerived(FoldedTexts.class, new FoldedTexts(corpus, corpus.storedSearchTexts()));
    }

    /**
     * Every text of {@code corpus} folded: what a build stores beside the corpus (see
     * {@link Corpus#storedSearchTexts}). Stored texts that are missing or do not fit the corpus only mean folding
     * at run time.
     */
    public static SearchTexts fold(Corpus corpus) {
        FoldedTexts index = new FoldedTexts(corpus, null);
        List<Text> facts = new ArrayList<>(corpus.factCount());
        for (Fact f : corpus.facts()) facts.add(index.text(f));
        List<List<String>> spellings = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : corpus.entities(kind)) spellings.add(index.spellings(e));
        }
        return new SearchTexts(facts, spellings);
    }

    /** The prebuilt texts, read on first use; null when there are none that fit. */
    private synchronized SearchTexts folded() {
        if (prebuilt != null) {
            SearchTexts f = prebuilt.read();
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
        Text t = texts.get(f);
        if (t == null) {
            t = fold(f);
            Text raced = texts.putIfAbsent(f, t);
            if (raced != null) t = raced;
        }
        return t;
    }

    /** The folded text of the fact at {@code position} in {@link Corpus#facts()}, without decoding the fact when it was folded ahead. */
    public Text text(int position) {
        SearchTexts f = folded();
        return f != null ? f.facts().get(position) : text(corpus.factAt(position));
    }

    private Text fold(Fact f) {
        StringBuilder other = new StringBuilder(Fold.words(f.notes() == null ? "" : f.notes()));
        for (EntityKind kind : EntityKind.values()) {
            for (String id : f.refs(kind)) {
                Entity e = corpus.entity(kind, id);
                if (e == null) continue;
                String words = nameWords.get(e);
                if (words == null) nameWords.put(e, words = nameWords(e));
                other.append(words);
            }
        }
        for (String t : f.topics()) {
            String words = topicWords.get(t);
            if (words == null) topicWords.put(t, words = Fold.words(t));
            other.append(words);
        }
        return new Text(Fold.words(f.summary()), other.toString());
    }

    private static String nameWords(Entity e) {
        StringBuilder s = new StringBuilder();
        for (String n : e.names()) s.append(Fold.words(n));
        return s.toString();
    }

    /** Every spelling of an entity (id, name, aliases, ISO code) in folded word form. */
    public List<String> spellings(Entity e) {
        folded();
        List<String> known = spellings.get(e);
        if (known != null) return known;
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String s : e.spellings()) words.add(Fold.words(s));
        List<String> list = List.copyOf(words);
        spellings.put(e, list);
        return list;
    }
}
