package mxsec.query;

import java.util.HashMap;
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

    private final Map<Fact, Text> texts = new HashMap<>();
    private final Map<Entity, java.util.List<String>> spellings = new HashMap<>();

    private SearchIndex(Corpus corpus) {
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : corpus.entities(kind)) {
                spellings.put(e, NameResolver.spellings(e).stream().map(Fold::words).distinct().toList());
            }
        }
        for (Fact f : corpus.facts()) {
            StringBuilder other = new StringBuilder(Fold.words(f.notes() == null ? "" : f.notes()));
            for (EntityKind kind : EntityKind.values()) {
                for (String id : f.refs(kind)) {
                    Entity e = corpus.entity(kind, id);
                    if (e != null) e.names().forEach(n -> other.append(Fold.words(n)));
                }
            }
            f.topics().forEach(t -> other.append(Fold.words(t)));
            texts.put(f, new Text(Fold.words(f.summary()), other.toString()));
        }
    }

    public static synchronized SearchIndex of(Corpus corpus) {
        return INDEXES.computeIfAbsent(corpus, SearchIndex::new);
    }

    public Text text(Fact f) {
        return texts.get(f);
    }

    /** Every spelling of an entity (id, name, aliases, ISO code) in folded word form. */
    public java.util.List<String> spellings(Entity e) {
        return spellings.getOrDefault(e, java.util.List.of());
    }
}
