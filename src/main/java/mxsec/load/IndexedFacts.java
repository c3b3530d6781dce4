package mxsec.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.LinkType;
import mxsec.model.FactKind;
import mxsec.model.FactStore;
import mxsec.model.FuzzyDate;
import mxsec.model.Report;
import mxsec.model.StoredNameKeys;

/**
 * The facts of a corpus index (see {@link CorpusIndex} for the layout), each decoded when first asked for and
 * kept. {@link #all} decodes what is left, on two threads when there are many. Thread-safe: the shell's
 * warm-up and the preloading thread share a corpus with the main thread.
 */
final class IndexedFacts implements FactStore, StoredNameKeys {
    private final byte[] bytes;
    private final List<Report> reports;
    private final int stringOffsets, stringData, stringCount;
    private final int factOffsets, factData, factCount;
    private final int mentionOffsets, mentionData;
    private final int groupOffsets, groupData, groupCount;
    private final int kindOffsets, kindData;
    private final int nameOffsets, nameData;
    /** Entity number (position in the head) by kind and id: where its list of mentions is. */
    private final Map<EntityKind, Map<String, Integer>> entityNumbers = new java.util.EnumMap<>(EntityKind.class);

    private final String[] strings;
    private final Fact[] facts;
    /** For each decoded fact that may disagree with others: its explicit links and its group of figures. */
    private final Map<Fact, Links> links = new HashMap<>();
    private final Map<Integer, List<Fact>> groups = new HashMap<>();

    /** Fact numbers of written links and their types; the number of the group of figures, or -1. */
    private record Links(int[] explicit, LinkType[] types, int group) {}

    private static final LinkType[] LINK_TYPES = LinkType.values();
    final Map<String, FuzzyDate> dates = new HashMap<>();
    private List<Fact> all;

    private static final FactKind[] KINDS = FactKind.values();
    private static final EntityKind[] ENTITY_KINDS = EntityKind.values();

    /** {@code counts}: of strings, facts, entities and groups of figures, as the head says. */
    IndexedFacts(byte[] bytes, int start, int[] counts, List<Report> reports, Map<EntityKind, Map<String, Entity>> entities) {
        this.bytes = bytes;
        this.reports = reports;
        this.stringCount = counts[0];
        this.factCount = counts[1];
        int entityCount = counts[2];
        this.groupCount = counts[3];
        stringOffsets = start;
        stringData = tableData(stringOffsets, stringCount);
        factOffsets = end(stringOffsets, stringCount);
        factData = tableData(factOffsets, factCount);
        mentionOffsets = end(factOffsets, factCount);
        mentionData = tableData(mentionOffsets, entityCount);
        groupOffsets = end(mentionOffsets, entityCount);
        groupData = tableData(groupOffsets, groupCount);
        kindOffsets = end(groupOffsets, groupCount);
        kindData = tableData(kindOffsets, KINDS.length);
        nameOffsets = end(kindOffsets, KINDS.length);
        nameData = tableData(nameOffsets, ENTITY_KINDS.length);
        if (end(nameOffsets, ENTITY_KINDS.length) != bytes.length) throw new IllegalArgumentException("damaged corpus index");
        int n = 0;
        for (EntityKind kind : ENTITY_KINDS) {
            Map<String, Integer> numbers = new HashMap<>();
            for (String id : entities.getOrDefault(kind, Map.of()).keySet()) numbers.put(id, n++);
            entityNumbers.put(kind, numbers);
        }
        if (n != entityCount) throw new IllegalArgumentException("damaged corpus index");
        strings = new String[stringCount];
        facts = new Fact[factCount];
    }

    /** Where the entries of a table of {@code count} start: after its count + 1 offsets. */
    private int tableData(int offsets, int count) {
        if (count < 0 || offsets + 4L * (count + 1) > bytes.length) throw new IllegalArgumentException("damaged corpus index");
        return offsets + 4 * (count + 1);
    }

    /** Where a table ends: its last offset says how long its entries are. */
    private int end(int offsets, int count) {
        long end = (long) tableData(offsets, count) + offset(offsets, count);
        if (end > bytes.length) throw new IllegalArgumentException("damaged corpus index");
        return (int) end;
    }

    private int offset(int offsets, int i) {
        int p = offsets + 4 * i;
        return (bytes[p] & 0xFF) << 24 | (bytes[p + 1] & 0xFF) << 16 | (bytes[p + 2] & 0xFF) << 8 | bytes[p + 3] & 0xFF;
    }

    /** A reader of entry {@code i} of a table. */
    private CorpusIndex.Reader entry(int offsets, int data, int i) {
        int from = offset(offsets, i);
        int to = offset(offsets, i + 1);
        if (from < 0 || to < from) throw new IllegalStateException("damaged corpus index");
        return new CorpusIndex.Reader(bytes, data + from, data + to, this);
    }

    /** String {@code i} of the table, decoded on first use (a race decodes it twice, to equal strings). */
    String string(int i) {
        if (i < 0 || i >= stringCount) throw new IllegalArgumentException("bad string reference");
        String s = strings[i];
        if (s == null) {
            int from = stringData + offset(stringOffsets, i);
            int to = stringData + offset(stringOffsets, i + 1);
            if (to <= from || to > bytes.length) throw new IllegalArgumentException("damaged corpus index");
            s = new String(bytes, from + 1, to - from - 1,
                    bytes[from] == CorpusIndex.LATIN1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            strings[i] = s;
        }
        return s;
    }

    @Override
    public int size() {
        return factCount;
    }

    @Override
    public synchronized Fact get(int i) {
        java.util.Objects.checkIndex(i, factCount);
        Fact f = facts[i];
        if (f == null) f = facts[i] = decode(i);
        return f;
    }

    private Fact decode(int i) {
        try {
            CorpusIndex.Reader r = entry(factOffsets, factData, i);
            Fact f = CorpusIndex.readFact(r, reports, KINDS, ENTITY_KINDS);
            int n = r.count();
            int[] explicit = new int[n];
            LinkType[] types = new LinkType[n];
            for (int k = 0; k < n; k++) {
                types[k] = LINK_TYPES[r.index()];
                explicit[k] = r.index();
                if (explicit[k] >= factCount) throw new IllegalArgumentException("bad fact number");
            }
            int group = r.index() - 1;
            if (group >= groupCount) throw new IllegalArgumentException("bad group number");
            if (n > 0 || group >= 0) {
                synchronized (links) {
                    links.put(f, new Links(explicit, types, group));
                }
            }
            if (r.pos != r.end) throw new IllegalArgumentException("fact not read to its end");
            return f;
        } catch (IndexOutOfBoundsException | IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            // The checksum matched, so this is a bug in the index writer rather than a damaged file.
            throw new IllegalStateException("corpus index: fact " + i + " cannot be read", e);
        }
    }

    @Override
    public synchronized List<Fact> all() {
        if (all != null) return all;
        int half = factCount / 2;
        Thread other = null;
        if (factCount >= 20_000) {
            // Many facts: the second half on another thread (there are usually two cores, and main waits).
            other = new Thread(new Runnable() {
                @Override
                public void run() {
                    fill(half, factCount);
                }
            }, "mxsec-decode");
            other.setDaemon(true);
            other.start();
        }
        fill(0, other == null ? factCount : half);
        if (other != null) {
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fill(half, factCount); // whatever the other thread did not get to (it failed, or we were interrupted)
        }
        all = java.util.Collections.unmodifiableList(Arrays.asList(facts.clone()));
        return all;
    }

    private void fill(int from, int to) {
        for (int i = from; i < to; i++) {
            if (facts[i] == null) facts[i] = decode(i);
        }
    }

    @Override
    public List<Fact> mentioning(EntityKind kind, Collection<String> ids) {
        int[] numbers = null;
        for (String id : ids) {
            Integer entity = entityNumbers.getOrDefault(kind, Map.of()).get(id);
            if (entity == null) continue; // no such entity: no fact names it (the index holds validated corpora)
            int[] these = mentions(entity);
            numbers = numbers == null ? these : union(numbers, these);
        }
        if (numbers == null) return List.of();
        List<Fact> out = new ArrayList<>(numbers.length);
        for (int i : numbers) out.add(get(i));
        return out;
    }

    @Override
    public List<Fact> ofKinds(Set<FactKind> kinds) {
        int[] numbers = new int[0];
        for (FactKind kind : kinds) numbers = union(numbers, ascending(entry(kindOffsets, kindData, kind.ordinal())));
        List<Fact> out = new ArrayList<>(numbers.length);
        for (int i : numbers) out.add(get(i));
        return out;
    }

    /** The stored name keys of each entity of {@code kind}, in head order. */
    @Override
    public List<List<String>> of(EntityKind kind) {
        CorpusIndex.Reader r = entry(nameOffsets, nameData, kind.ordinal());
        int n = r.count();
        List<List<String>> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) keys.add(r.strs());
        if (r.pos != r.end) throw new IllegalStateException("damaged corpus index");
        return keys;
    }

    /** The numbers of the facts that mention entity {@code entity}, ascending. */
    private int[] mentions(int entity) {
        return ascending(entry(mentionOffsets, mentionData, entity));
    }

    /** A list of fact numbers written by {@code CorpusIndex.ascending}. */
    private int[] ascending(CorpusIndex.Reader r) {
        int[] out = new int[r.count()];
        int last = 0;
        for (int k = 0; k < out.length; k++) {
            last += r.index();
            if (last >= factCount) throw new IllegalStateException("damaged corpus index");
            out[k] = last;
        }
        return out;
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0, j = 0, n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) i++;
            if (j < b.length && b[j] == next) j++;
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    @Override
    public List<mxsec.model.Links.Linked> links(Fact f) {
        Links l;
        synchronized (links) {
            l = links.get(f);
        }
        if (l == null) return List.of();
        List<mxsec.model.Links.Linked> explicit = new ArrayList<>(l.explicit().length);
        for (int i = 0; i < l.explicit().length; i++) explicit.add(new mxsec.model.Links.Linked(l.types()[i], get(l.explicit()[i])));
        return mxsec.model.Links.of(f, explicit, l.group() < 0 ? List.of() : group(l.group()));
    }

    /** Group {@code n} of figures on the same point, decoded once. */
    private synchronized List<Fact> group(int n) {
        List<Fact> group = groups.get(n);
        if (group == null) {
            int[] numbers = ascending(entry(groupOffsets, groupData, n));
            group = new ArrayList<>(numbers.length);
            for (int i : numbers) group.add(get(i));
            groups.put(n, group);
        }
        return group;
    }
}
