package mxsec.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.StoredNameKeys;
import mxsec.text.Echo;
import mxsec.text.Lengths;
import mxsec.text.Fold;
import mxsec.text.Suggest;

/**
 * Resolves what a user typed to entities: by id, name, alias or (states) ISO code, case- and
 * accent-insensitively; a unique prefix is enough. On a miss, suggests the closest names.
 */
public final class NameResolver {
    /** Folded spelling to the entities it names (several when an alias is shared); built per kind when first needed. */
    private final Map<EntityKind, Map<String, Set<Entity>>> index = new java.util.EnumMap<>(EntityKind.class);
    private final Corpus corpus;

    public NameResolver(Corpus corpus) {
        this.corpus = corpus;
    }

    /**
     * The resolver of a corpus, kept by the corpus while it lives: its name indexes are built once (the shell
     * asks often).
     */
    public static NameResolver of(Corpus corpus) {
        NameResolver resolver = corpus.derived(NameResolver.class);
        return resolver != null ? resolver : corpus.keepDerived(NameResolver.class, new NameResolver(corpus));
    }

    /** Builds the name index of every kind now (a preloading thread does, for a command that will look across kinds). */
    public void indexAllKinds() {
        for (EntityKind kind : EntityKind.values()) index(kind);
    }

    /** The name index of {@code kind}: from the keys the corpus stored, else folded here. */
    private synchronized Map<String, Set<Entity>> index(EntityKind kind) {
        Map<String, Set<Entity>> keys = index.get(kind);
        if (keys != null) return keys;
        keys = new LinkedHashMap<>();
        java.util.Collection<Entity> entities = corpus.entities(kind);
        StoredNameKeys prebuilt = corpus.storedNameKeys();
        List<List<String>> stored = prebuilt == null ? null : prebuilt.of(kind);
        if (stored != null && stored.size() != entities.size()) stored = null; // not this corpus's: fold them here
        int i = 0;
        for (Entity e : entities) {
            for (String key : stored != null ? stored.get(i++) : keys(e)) {
                Set<Entity> named = keys.get(key);
                if (named == null) keys.put(key, named = new LinkedHashSet<>());
                named.add(e);
            }
        }
        index.put(kind, keys);
        return keys;
    }

    /** The keys an entity is found by: its {@link Entity#spellings}, folded, each once, in that order (none empty). */
    public static List<String> keys(Entity e) {
        return Fold.keys(e.spellings());
    }

    /** Everything a user may type for this entity ({@link Entity#spellings}). */
    public static List<String> spellings(Entity e) {
        return e.spellings();
    }

    /** The kind a typed name says it is ({@code group:sinaloa}); null when it says none. */
    public static EntityKind saidKind(String typed) {
        int colon = typed.indexOf(':');
        return colon > 0 ? EntityKind.fromName(typed.substring(0, colon).strip()) : null;
    }

    /** The one entity that {@code typed} names among every kind, or among the kind it says ({@code KIND:NAME}). */
    public Entity resolveAny(String typed) {
        EntityKind said = saidKind(typed);
        return said == null ? resolve(EnumSet.allOf(EntityKind.class), typed) : resolve(said, typed.substring(typed.indexOf(':') + 1));
    }

    /** The one entity of {@code kind} that {@code typed} names; throws {@link UnknownNameException} otherwise. */
    public Entity resolve(EntityKind kind, String typed) {
        return resolve(EnumSet.of(kind), typed);
    }

    /** The one entity among {@code kinds} that {@code typed} names. An exact id always names its entity. */
    public Entity resolve(Set<EntityKind> kinds, String typed) {
        if (kinds.size() == 1) {
            Entity byId = corpus.entity(kinds.iterator().next(), typed.strip());
            if (byId != null) return byId; // the common case, and no name index needed
        }
        List<Entity> matches = candidates(kinds, typed);
        if (matches.size() > 1) matches = byId(matches, Fold.fold(typed));
        if (matches.size() == 1) return matches.get(0);
        String what = kinds.size() == 1 ? kinds.iterator().next().singular() : "name";
        if (matches.size() > 1) {
            boolean oneKind = matches.stream().map(Entity::kind).distinct().count() == 1;
            List<String> names = matches.stream()
                    .map(e -> oneKind ? label(e) : e.kind().singular() + ":" + e.id() + " (" + e.name() + ")").toList();
            throw new UnknownNameException(Echo.quote(typed) + " could be " + (oneKind ? names.size() + " " + matches.get(0).kind().plural() : "any of")
                    + ": " + String.join(", ", names) + "; type more of the name" + (oneKind ? "" : " or say which with KIND:NAME"), names);
        }
        Map<String, Entity> keyed = new LinkedHashMap<>();
        for (EntityKind kind : kinds) {
            index(kind).forEach((key, entities) -> entities.forEach(e -> keyed.putIfAbsent(key, e)));
        }
        List<String> near = Suggest.closest(typed, keyed, 3).stream().map(NameResolver::label).toList();
        throw new UnknownNameException("unknown " + what + " " + Echo.quote(typed)
                + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"), near);
    }

    /** The entities among {@code kinds} that one of their spellings names exactly, in registry order. */
    public List<Entity> exact(Set<EntityKind> kinds, String typed) {
        checkLength(typed);
        String key = Fold.fold(typed);
        if (key.isEmpty()) return List.of();
        Set<Entity> exact = new LinkedHashSet<>();
        for (EntityKind kind : kinds) exact.addAll(index(kind).getOrDefault(key, Set.of()));
        return List.copyOf(exact);
    }

    /**
     * The likeliest readings of {@code typed}, in registry order: the entities a spelling names exactly (of a kind,
     * those whose id it is, when there are such); else
     * those whose id or canonical name begins with it; else those with any spelling (an alias, a code) that
     * begins with it. So {@code zeta} is the Zetas, not the Mata Zetas reached through "Zeta killers"; several
     * entities remain only on a tie at the best of these ranks.
     */
    public List<Entity> candidates(Set<EntityKind> kinds, String typed) {
        List<Entity> exact = exact(kinds, typed);
        String key = Fold.fold(typed);
        if (exact.size() > 1) return idsFirst(exact, key);
        if (!exact.isEmpty()) return exact;
        if (key.isEmpty()) return List.of();
        Set<Entity> prefixed = new LinkedHashSet<>();
        for (EntityKind kind : kinds) {
            for (Map.Entry<String, Set<Entity>> named : index(kind).entrySet()) {
                if (begins(named.getKey(), key)) prefixed.addAll(named.getValue());
            }
        }
        if (prefixed.size() < 2) return List.copyOf(prefixed);
        List<Entity> byIdOrName = new ArrayList<>();
        for (Entity e : prefixed) {
            if (begins(Fold.fold(e.id()), key) || begins(Fold.fold(e.name()), key)) byIdOrName.add(e);
        }
        return byIdOrName.isEmpty() ? List.copyOf(prefixed) : byIdOrName;
    }

    /**
     * Within each kind, an entity whose id {@code key} is wins over those it only names through an alias or a name
     * spelled the same ({@code sinaloa}: the state's id, a group's alias); each kind keeps its readings, so that
     * {@code compare} can still take the kind every name can be.
     */
    private static List<Entity> idsFirst(List<Entity> exact, String key) {
        Set<EntityKind> withId = EnumSet.noneOf(EntityKind.class);
        for (Entity e : exact) {
            if (Fold.fold(e.id()).equals(key)) withId.add(e.kind());
        }
        if (withId.isEmpty()) return exact;
        List<Entity> out = new ArrayList<>();
        for (Entity e : exact) {
            if (!withId.contains(e.kind()) || Fold.fold(e.id()).equals(key)) out.add(e);
        }
        return out;
    }

    /** Those of {@code matches} whose id {@code key} is, when there are such (an exact id names its entity); else all. */
    private static List<Entity> byId(List<Entity> matches, String key) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : matches) {
            if (Fold.fold(e.id()).equals(key)) out.add(e);
        }
        return out.isEmpty() ? matches : out;
    }

    /** Whether a folded spelling begins with the folded {@code typed}, hyphens and spaces alike. */
    private static boolean begins(String spelling, String typed) {
        return spelling.startsWith(typed) || spelling.replace('-', ' ').startsWith(typed.replace('-', ' '));
    }

    /**
     * A name, id or alias longer than {@link Lengths#NAME} names nothing: refused before any matching, with an
     * excerpt, never the whole of it (exit 2).
     */
    public static void checkLength(String typed) {
        if (typed.length() > Lengths.NAME) throw new UnknownNameException(Lengths.tooLong("a name", typed, Lengths.NAME), List.of());
    }

    /** {@code cjng (Cártel de Jalisco Nueva Generación)}. */
    public static String label(Entity e) {
        return e.id() + " (" + e.name() + ")";
    }
}
