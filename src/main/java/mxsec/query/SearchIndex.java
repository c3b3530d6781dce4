package mxsec.query;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.text.Fold;

/**
 * Each fact's text folded once for matching (summary; notes, topics and the names of what it is about), so
 * a search or a keyword test costs a lookup instead of Unicode normalization of the whole corpus per query.
 * Built on first use per corpus and kept while the corpus is (the shell asks many questions of one corpus).
 */
public final class SearchIndex {
    private static final Map<Corpus, SearchIndex> INDEXES = new WeakHashMap<>();

    /** Folded word forms (see {@link Fold#words}) of a fact's summary, and of the rest of its text. */
    public record Text(String summary, String other) {}

    private final Corpus corpus;
    private final Map<Fact, Text> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Entity, List<String>> spellings = new java.util.concurrent.ConcurrentHashMap<>();
    /** An entity's names in folded word form, run together: part of the text of every fact about it. */
    private final Map<Entity, String> nameWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** Topics repeat from fact to fact: each folded once. */
    private final Map<String, String> topicWords = new java.util.concurrent.ConcurrentHashMap<>();

    private SearchIndex(Corpus corpus) {
        this.corpus = corpus;
    }

    public static synchronized SearchIndex of(Corpus corpus) {
        return INDEXES.computeIfAbsent(corpus, SearchIndex::new);
    }

    /** A fact's folded text, folded when first asked for (a comparison needs a few facts, a search all). */
    public Text text(Fact f) {
        return texts.computeIfAbsent(f, this::fold);
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
        List<String> known = spellings.get(e);
        if (known != null) return known;
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String s : NameResolver.spellings(e)) words.add(Fold.words(s));
        List<String> list = List.copyOf(words);
        spellings.put(e, list);
        return list;
    }
}
