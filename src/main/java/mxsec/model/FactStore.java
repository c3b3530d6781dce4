package mxsec.model;

import java.util.Collection;
import java.util.List;

/**
 * Where a corpus keeps its facts. In memory after a YAML load ({@link #of}); read from a corpus index, a fact
 * is decoded only when asked for, so a lookup of one entity decodes that entity's facts and not the rest.
 */
public interface FactStore {
    /** Every fact, in report order then document order. */
    List<Fact> all();

    int size();

    /** The fact at {@code position} in {@link #all}, decoding no other. */
    Fact get(int position);

    /** The facts that name any of {@code ids} of {@code kind} among their refs, in the order of {@link #all}. */
    List<Fact> mentioning(EntityKind kind, Collection<String> ids);

    /** How facts of other reports relate to {@code f} on the same point (see {@link Links}). */
    List<Links.Linked> links(Fact f);

    /** The facts of any of {@code kinds}, in the order of {@link #all}. */
    List<Fact> ofKinds(java.util.Set<FactKind> kinds);

    /** Facts held in memory: mentions found by a pass over them, links worked out on first use. */
    static FactStore of(List<Fact> facts) {
        return new InMemory(List.copyOf(facts));
    }

    /** The facts of a store that mention one of {@code ids} of {@code kind}, found by a pass over all of them. */
    private static List<Fact> scan(List<Fact> facts, EntityKind kind, Collection<String> ids) {
        List<Fact> out = new java.util.ArrayList<>();
        for (Fact f : facts) {
            List<String> refs = f.refs(kind);
            for (int i = 0; i < refs.size(); i++) {
                if (ids.contains(refs.get(i))) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    final class InMemory implements FactStore {
        private final List<Fact> facts;
        private Links links;

        private InMemory(List<Fact> facts) {
            this.facts = facts;
        }

        @Override
        public List<Fact> all() {
            return facts;
        }

        @Override
        public int size() {
            return facts.size();
        }

        @Override
        public Fact get(int position) {
            return facts.get(position);
        }

        @Override
        public List<Fact> mentioning(EntityKind kind, Collection<String> ids) {
            return scan(facts, kind, ids);
        }

        @Override
        public List<Fact> ofKinds(java.util.Set<FactKind> kinds) {
            List<Fact> out = new java.util.ArrayList<>();
            for (Fact f : facts) if (kinds.contains(f.kind())) out.add(f);
            return out;
        }

        @Override
        public synchronized List<Links.Linked> links(Fact f) {
            if (links == null) links = new Links(facts);
            return links.of(f);
        }
    }
}
