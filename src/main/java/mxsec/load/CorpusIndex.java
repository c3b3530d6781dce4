package mxsec.load;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;
import mxsec.model.Decimal;
import mxsec.model.Links;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.FuzzyDate;
import mxsec.model.Location;
import mxsec.model.Report;
import mxsec.model.SearchTexts;
import mxsec.model.Source;
import mxsec.model.StoredSearchTexts;
import mxsec.model.Vocabulary;
import mxsec.text.Fold;

/**
 * A validated corpus in a compact binary form, read with no YAML parser, no validation and no Jackson. The
 * built-in corpus is indexed at build time; user corpora are indexed into the cache after their first
 * (validated) load.
 *
 * <p>Reading decodes only the head (vocabularies, entities, reports); each fact is decoded when first asked
 * for ({@link IndexedFacts}). Facts stand apart from each other: their strings are numbers into one table, each
 * string decoded once when first used, and the index lists, for each entity, the facts that mention it and, for
 * each fact, those that disagree with it. So {@code mxsec state guerrero} decodes Guerrero's facts only.
 *
 * <p>Layout: magic, format, CRC-32 of the rest (a damaged file is refused whole, before anything is decoded);
 * the head, in varints; then six tables, each a run of 4-byte offsets followed by the entries they point at:
 * strings; facts (each followed by its explicit disagreements and its group of figures); per entity, in head
 * order, the facts that mention it; the groups of figures on the same point (see {@link Links}); per
 * kind of fact, in {@link FactKind} order, the facts of that kind; and per kind of entity, in
 * {@link EntityKind} order, the keys of each of its entities ({@link Entity#spellings} as {@link Fold#keys} folds them).
 */
public final class CorpusIndex {
    private static final int MAGIC = 0x4D585358; // "MXSX"
    /**
     * Bump when the layout, the model, or what {@link Links}, the mentions or the name keys
     * compute changes (an index stores their results): older indexes, user caches included, are then ignored
     * and rebuilt.
     */
    public static final int FORMAT = 11;

    private static final mxsec.model.LinkType[] LINK_TYPES = mxsec.model.LinkType.values();
    private static final mxsec.model.Bound[] BOUNDS = mxsec.model.Bound.values();

    private CorpusIndex() {}

    // ---- writing ----

    public static void write(Corpus corpus, DataOutputStream out) throws IOException {
        List<Fact> facts = corpus.facts();
        Map<Fact, Integer> ordinal = new HashMap<>(facts.size() * 2);
        for (Fact f : facts) ordinal.put(f, ordinal.size());

        Writer head = new Writer(null);
        Map<String, Map<String, String>> lists = corpus.vocabulary().lists();
        head.count(lists.size());
        for (var list : lists.entrySet()) {
            head.str(list.getKey());
            head.map(list.getValue());
        }
        head.count(corpus.thesaurus().groups().size());
        for (mxsec.model.Thesaurus.Group g : corpus.thesaurus().groups()) {
            head.str(g.key());
            head.strs(g.terms());
        }
        int entityCount = 0;
        for (EntityKind kind : EntityKind.values()) {
            var entities = corpus.entities(kind);
            head.count(entities.size());
            entityCount += entities.size();
            for (Entity e : entities) {
                head.str(e.id());
                head.str(e.name());
                head.strs(e.aliases());
                head.count(e.misprints().size());
                for (var sp : e.misprints().entrySet()) {
                    head.str(sp.getKey());
                    head.strs(sp.getValue());
                }
                head.map(e.attributes());
                head.location(e.location());
            }
        }
        List<Report> reports = new ArrayList<>(corpus.reports());
        Map<Report, Integer> reportIndex = new HashMap<>();
        head.count(reports.size());
        for (Report r : reports) {
            reportIndex.put(r, reportIndex.size());
            head.str(r.id());
            head.str(r.title());
            head.strs(r.authors());
            head.bool(r.authorInferred());
            head.str(r.publisher());
            head.date(r.published());
            head.bool(r.publishedInferred());
            head.str(r.url());
            head.str(r.kind());
            head.str(r.notes());
            head.strs(r.sections());
            head.location(r.location());
        }

        // Facts, each on its own, their strings numbers into one shared table.
        Map<String, Integer> stringNumbers = new HashMap<>();
        List<String> strings = new ArrayList<>();
        // Links as Links keeps them: written links per fact, and figures in groups (a group of n
        // figures would be n² pairs); a reader combines the two as it does.
        Links links = new Links(facts);
        Map<List<Fact>, Integer> groupNumbers = new java.util.IdentityHashMap<>();
        List<List<Fact>> groups = new ArrayList<>();
        Table factTable = new Table();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Writer w = new Writer(new Strings(stringNumbers, strings));
            writeFact(f, w, reportIndex);
            List<Links.Linked> explicit = links.explicit(f);
            w.count(explicit.size());
            for (Links.Linked l : explicit) {
                w.index(l.type().ordinal());
                w.index(ordinal.get(l.other()));
            }
            List<Fact> group = links.group(f);
            if (group.isEmpty()) {
                w.index(0);
            } else {
                Integer number = groupNumbers.get(group);
                if (number == null) {
                    number = groups.size();
                    groupNumbers.put(group, number);
                    groups.add(group);
                }
                w.index(number + 1);
            }
            factTable.add(w);
        }
        // For each kind of entity, the keys the name resolver finds each entity by: folding them costs a cold start.
        Table nameTable = new Table();
        for (EntityKind kind : EntityKind.values()) {
            Writer w = new Writer(new Strings(stringNumbers, strings));
            w.count(corpus.entities(kind).size());
            for (Entity e : corpus.entities(kind)) w.strs(Fold.keys(e.spellings()));
            nameTable.add(w);
        }
        Table groupTable = new Table();
        for (List<Fact> group : groups) groupTable.add(ascending(group, ordinal));
        Table stringTable = new Table();
        for (String s : strings) {
            Writer w = new Writer(null);
            boolean latin1 = true;
            for (int i = 0; i < s.length() && latin1; i++) latin1 = s.charAt(i) <= 0xFF;
            w.put(latin1 ? LATIN1 : UTF8);
            w.put(s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            stringTable.add(w);
        }
        // For each entity, in head order, the facts that mention it (ascending, as differences).
        Map<EntityKind, Map<String, List<Integer>>> mentions = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            Map<String, List<Integer>> byId = new HashMap<>();
            for (Entity e : corpus.entities(kind)) byId.put(e.id(), new ArrayList<>());
            mentions.put(kind, byId);
        }
        for (int i = 0; i < facts.size(); i++) {
            for (EntityKind kind : EntityKind.values()) {
                for (String id : new java.util.LinkedHashSet<>(facts.get(i).refs(kind))) {
                    List<Integer> list = mentions.get(kind).get(id);
                    if (list == null) throw new IllegalArgumentException(facts.get(i).globalId() + " names an unknown " + kind.singular() + " " + id);
                    list.add(i);
                }
            }
        }
        // For each kind of fact, in FactKind order, the facts of that kind: `figures` decodes the statistics alone.
        Table kindTable = new Table();
        for (FactKind kind : FactKind.values()) {
            List<Integer> ofKind = new ArrayList<>();
            for (int i = 0; i < facts.size(); i++) if (facts.get(i).kind() == kind) ofKind.add(i);
            kindTable.add(ascending(ofKind));
        }
        Table mentionTable = new Table();
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : corpus.entities(kind)) mentionTable.add(ascending(mentions.get(kind).get(e.id())));
        }
        head.index(facts.size());
        head.index(strings.size());
        head.index(entityCount);
        head.index(groups.size());

        Writer all = new Writer(null);
        all.put(head.bytes, head.size);
        stringTable.writeTo(all);
        factTable.writeTo(all);
        mentionTable.writeTo(all);
        groupTable.writeTo(all);
        kindTable.writeTo(all);
        nameTable.writeTo(all);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(all.bytes, 0, all.size);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt((int) crc.getValue());
        out.writeInt(head.size);
        out.write(all.bytes, 0, all.size);
        out.flush();
    }

    /** The checksum an index carries (of everything after its first 16 bytes), which names it for its companions. */
    public static int checksum(byte[] index) throws IOException {
        if (index.length < 16) throw new IOException("not an mxsec corpus index");
        return new Reader(index, 8, 12).raw();
    }

    private static final int TEXTS_MAGIC = 0x4D585357; // "MXSW"

    /**
     * The texts of a corpus analyzed for search (by {@code mxsec.query.SearchIndex#analyze}), as a companion of the
     * corpus's index: magic, format, the index's checksum, the CRC-32 of the rest; then the words, the stems, each
     * word's two stem numbers, each fact's fields and references, each entity's spellings, each thesaurus term, numbers as counts.
     */
    public static void writeSearchTexts(SearchTexts texts, int indexChecksum, DataOutputStream out) throws IOException {
        Writer w = new Writer(null);
        w.count(texts.words().length);
        for (String word : texts.words()) w.str(word);
        w.count(texts.stems().length);
        for (String stem : texts.stems()) w.str(stem);
        for (int i = 0; i < texts.words().length; i++) {
            w.count(texts.english()[i]);
            w.count(texts.spanish()[i]);
        }
        w.count(texts.facts().length);
        for (int i = 0; i < texts.facts().length; i++) {
            for (int[] field : texts.facts()[i]) writeNumbers(w, field);
            writeNumbers(w, texts.refs()[i]);
        }
        writeSequences(w, texts.spellings());
        writeSequences(w, texts.thesaurus());
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(w.bytes, 0, w.size);
        out.writeInt(TEXTS_MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(indexChecksum);
        out.writeInt((int) crc.getValue());
        out.write(w.bytes, 0, w.size);
        out.flush();
    }

    private static void writeSequences(Writer w, int[][][] lists) {
        w.count(lists.length);
        for (int[][] list : lists) {
            w.count(list.length);
            for (int[] seq : list) writeNumbers(w, seq);
        }
    }

    private static int[][][] readSequences(Reader r, int bound) throws IOException {
        int[][][] lists = new int[r.count()][][];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = new int[r.count()][];
            for (int k = 0; k < lists[i].length; k++) lists[i][k] = readNumbers(r, bound);
        }
        return lists;
    }

    private static void writeNumbers(Writer w, int[] numbers) {
        w.count(numbers.length);
        for (int n : numbers) w.count(n);
    }

    /** Reads what {@link #writeSearchTexts} wrote; an {@link IOException} when it is damaged or of another index. */
    public static SearchTexts readSearchTexts(byte[] bytes, int indexChecksum) throws IOException {
        try {
            Reader r = new Reader(bytes, 0, bytes.length);
            if (bytes.length < 16 || r.raw() != TEXTS_MAGIC) throw new IOException("not mxsec search texts");
            if (r.raw() != FORMAT) throw new IOException("search texts of another format");
            if (r.raw() != indexChecksum) throw new IOException("search texts of another corpus index");
            int crc = r.raw();
            java.util.zip.CRC32 check = new java.util.zip.CRC32();
            check.update(bytes, 16, bytes.length - 16);
            if ((int) check.getValue() != crc) throw new IOException("damaged search texts (checksum)");
            String[] words = new String[r.count()];
            for (int i = 0; i < words.length; i++) words[i] = r.str();
            String[] stems = new String[r.count()];
            for (int i = 0; i < stems.length; i++) stems[i] = r.str();
            int[] english = new int[words.length], spanish = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                english[i] = below(r.index(), stems.length);
                spanish[i] = below(r.index(), stems.length);
            }
            int[][][] facts = new int[r.count()][][];
            int[][] refs = new int[facts.length][];
            for (int i = 0; i < facts.length; i++) {
                facts[i] = new int[SearchTexts.FIELDS.length][];
                for (int f = 0; f < facts[i].length; f++) facts[i][f] = readNumbers(r, words.length);
                refs[i] = readNumbers(r, Integer.MAX_VALUE);
            }
            int[][][] spellings = readSequences(r, words.length);
            int[][][] thesaurus = readSequences(r, words.length);
            if (r.pos != r.end) throw new IOException("damaged search texts");
            return new SearchTexts(words, stems, english, spanish, facts, refs, spellings, thesaurus);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("truncated or damaged search texts", e);
        }
    }

    private static int[] readNumbers(Reader r, int bound) throws IOException {
        int[] numbers = new int[r.count()];
        for (int i = 0; i < numbers.length; i++) numbers[i] = below(r.index(), bound);
        return numbers;
    }

    private static int below(int n, int bound) throws IOException {
        if (n < 0 || n >= bound) throw new IOException("damaged search texts (a number out of range)");
        return n;
    }

    /** Numbers of facts, ascending: their count, then each as its difference from the one before. */
    private static Writer ascending(List<Integer> numbers) {
        Writer w = new Writer(null);
        w.count(numbers.size());
        int last = 0;
        for (int i : numbers) {
            w.index(i - last);
            last = i;
        }
        return w;
    }

    private static Writer ascending(List<Fact> facts, Map<Fact, Integer> ordinal) {
        List<Integer> numbers = new ArrayList<>(facts.size());
        for (Fact f : facts) numbers.add(ordinal.get(f));
        return ascending(numbers);
    }

    private static void writeFact(Fact f, Writer w, Map<Report, Integer> reportIndex) {
        w.index(reportIndex.get(f.report()));
        w.str(f.id());
        w.index(f.kind().ordinal());
        w.date(f.date());
        w.bool(f.approx());
        w.bool(f.inferred());
        w.str(f.summary());
        for (EntityKind kind : EntityKind.values()) w.strs(f.refs(kind));
        w.strs(f.topics());
        w.str(f.source().section());
        w.integer(f.source().firstLine());
        w.integer(f.source().lastLine());
        w.integer(f.source().paragraph());
        w.str(f.source().anchor());
        w.str(f.notes());
        w.str(f.editorNote());
        w.count(f.links().size());
        for (Fact.Link l : f.links()) {
            w.index(l.type().ordinal());
            w.str(l.target());
        }
        w.str(f.original());
        var s = f.statistic();
        w.bool(s != null);
        if (s != null) {
            w.str(s.value() == null ? null : s.value().toString());
            w.str(s.low() == null ? null : s.low().toString());
            w.str(s.high() == null ? null : s.high().toString());
            w.index(s.bound().ordinal());
            w.str(s.unit());
            w.str(s.measure());
            w.str(s.scope());
            w.str(s.asWritten());
        }
        var p = f.presence();
        w.bool(p != null);
        if (p != null) w.strs(java.util.Arrays.asList(p.group(), p.state(), p.place(), p.status()));
        var rel = f.relationship();
        w.bool(rel != null);
        if (rel != null) w.strs(java.util.Arrays.asList(rel.group(), rel.type(), rel.other()));
        var l = f.leadership();
        w.bool(l != null);
        if (l != null) w.strs(java.util.Arrays.asList(l.person(), l.group(), l.institution(), l.role(), l.status()));
        var pa = f.policyAction();
        w.bool(pa != null);
        if (pa != null) w.strs(java.util.Arrays.asList(pa.policy(), pa.action()));
        var rec = f.recommendation();
        w.bool(rec != null);
        if (rec != null) {
            w.strs(rec.actors());
            w.str(rec.area());
        }
        w.location(f.location());
    }

    /*
     * Numbers are varints (7 bits a byte, most of them one byte; zigzag for those that may be negative). In the
     * head, a string is a varint tag, then its bytes: 0 is null, tag & 3 == 1 a new ISO-8859-1 string of
     * tag >>> 2 bytes (a plain copy to read: nearly every string, Spanish names included), == 2 a new UTF-8
     * string, == 3 the (tag >>> 2)-th string seen before. In a fact, a string is its number in the string table
     * plus one (0: null); an entry of that table is a byte saying LATIN1 or UTF8, then the bytes.
     */
    private static final int NEW_LATIN1 = 1, NEW_UTF8 = 2, SEEN = 3;
    static final int LATIN1 = 0, UTF8 = 1;

    /** The shared string table of the facts, while writing. */
    private record Strings(Map<String, Integer> numbers, List<String> list) {
        int number(String s) {
            Integer n = numbers.get(s);
            if (n == null) {
                n = list.size();
                numbers.put(s, n);
                list.add(s);
            }
            return n;
        }
    }

    /** Entries written one after another, with the 4-byte offset of each (and of the end) before them. */
    private static final class Table {
        private final Writer entries = new Writer(null);
        private final List<Integer> offsets = new ArrayList<>();

        void add(Writer entry) {
            offsets.add(entries.size);
            entries.put(entry.bytes, entry.size);
        }

        void writeTo(Writer out) {
            for (int offset : offsets) out.raw(offset);
            out.raw(entries.size);
            out.put(entries.bytes, entries.size);
        }
    }

    private static final class Writer {
        private byte[] bytes = new byte[64];
        private int size;
        /** The fact string table; null in the head, whose strings are written in place or referred back to. */
        private final Strings table;
        private final Map<String, Integer> seen = new HashMap<>();

        Writer(Strings table) {
            this.table = table;
        }

        void put(int b) {
            if (size == bytes.length) bytes = java.util.Arrays.copyOf(bytes, size * 2);
            bytes[size++] = (byte) b;
        }

        void put(byte[] b) {
            put(b, b.length);
        }

        void put(byte[] b, int length) {
            if (size + length > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(size * 2, size + length));
            System.arraycopy(b, 0, bytes, size, length);
            size += length;
        }

        /** Four bytes, big-endian. */
        void raw(int v) {
            put(v >>> 24);
            put(v >>> 16);
            put(v >>> 8);
            put(v);
        }

        /** A non-negative number that is a length or count. */
        void count(int v) {
            if (v < 0) throw new IllegalArgumentException("negative count " + v);
            varint(v);
        }

        /** A non-negative number that is not a length: a position in a list, a number of days. */
        void index(int v) {
            count(v);
        }

        /** Any int, zigzag-coded: small negative numbers stay short. */
        void integer(int v) {
            varint((v << 1) ^ (v >> 31));
        }

        /** 32 bits, 7 a byte, low first; the high bit of a byte says another follows. */
        private void varint(int v) {
            while ((v & ~0x7F) != 0) {
                put((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            put(v);
        }

        void bool(boolean b) {
            put(b ? 1 : 0);
        }

        void str(String s) {
            if (table != null) {
                count(s == null ? 0 : table.number(s) + 1);
                return;
            }
            if (s == null) {
                count(0);
                return;
            }
            Integer known = seen.get(s);
            if (known != null) {
                count(known << 2 | SEEN);
                return;
            }
            boolean latin1 = true;
            for (int i = 0; i < s.length() && latin1; i++) latin1 = s.charAt(i) <= 0xFF;
            byte[] b = s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            count(b.length << 2 | (latin1 ? NEW_LATIN1 : NEW_UTF8));
            put(b);
            seen.put(s, seen.size());
        }

        void strs(List<String> list) {
            count(list.size());
            for (String s : list) str(s);
        }

        void map(Map<String, String> map) {
            count(map.size());
            for (var e : map.entrySet()) {
                str(e.getKey());
                str(e.getValue());
            }
        }

        void date(FuzzyDate d) {
            // A date's text fixes its span; the span is stored too, so reading needs no date parsing.
            str(d == null ? null : d.text());
            if (d == null) return;
            integer((int) d.first().toEpochDay());
            index((int) (d.last().toEpochDay() - d.first().toEpochDay()));
        }

        void location(Location l) {
            str(l.file());
            integer(l.line());
            integer(l.column());
        }
    }

    // ---- reading ----

    /** Reads an index from a stream (tests, tools); see {@link #read(byte[])}. */
    public static Corpus read(DataInputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    /**
     * Reads an index: its head now, its facts when asked for. Throws {@link IOException} when it is not one, of
     * another format version, or damaged (its checksum differs).
     */
    public static Corpus read(byte[] bytes) throws IOException {
        return read(bytes, null);
    }

    /** As {@link #read(byte[])}, the corpus carrying {@code searchTexts} (stored beside the index; null: none). */
    public static Corpus read(byte[] bytes, StoredSearchTexts searchTexts) throws IOException {
        try {
            return decode(bytes, searchTexts);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new IOException("truncated or damaged corpus index", e);
        }
    }

    private static Corpus decode(byte[] bytes, StoredSearchTexts searchTexts) throws IOException {
        Reader r = new Reader(bytes, 0, bytes.length);
        if (bytes.length < 16 || r.raw() != MAGIC) throw new IOException("not an mxsec corpus index");
        int format = r.raw();
        if (format != FORMAT) throw new IOException("corpus index format " + format + ", expected " + FORMAT);
        int crc = r.raw();
        int headLength = r.raw();
        java.util.zip.CRC32 check = new java.util.zip.CRC32();
        check.update(bytes, 16, bytes.length - 16);
        if ((int) check.getValue() != crc) throw new IOException("damaged corpus index (checksum)");
        r = new Reader(bytes, 16, 16 + headLength);
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        for (int i = r.count(); i > 0; i--) lists.put(r.str(), r.map());
        List<mxsec.model.Thesaurus.Group> groups = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) groups.add(new mxsec.model.Thesaurus.Group(r.str(), r.strs()));
        Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            Map<String, Entity> registry = new LinkedHashMap<>();
            for (int i = r.count(); i > 0; i--) {
                String id = r.str(), name = r.str();
                List<String> aliases = r.strs();
                Map<String, List<String>> spellings = Map.of();
                int reportsMisprinting = r.count();
                if (reportsMisprinting > 0) {
                    spellings = new LinkedHashMap<>();
                    for (int k = 0; k < reportsMisprinting; k++) spellings.put(r.str(), r.strs());
                    spellings = java.util.Collections.unmodifiableMap(spellings);
                }
                Entity e = new Entity(kind, id, name, aliases, spellings, r.map(), r.location());
                registry.put(e.id(), e);
            }
            entities.put(kind, registry);
        }
        int reportCount = r.count();
        List<Report> reports = new ArrayList<>(reportCount);
        Map<String, Report> byId = new LinkedHashMap<>();
        for (int i = 0; i < reportCount; i++) {
            Report report = new Report(r.str(), r.str(), r.strs(), r.bool(), r.str(), r.date(), r.bool(),
                    r.str(), r.str(), r.str(), r.strs(), r.location());
            reports.add(report);
            byId.put(report.id(), report);
        }
        int factCount = r.index();
        int stringCount = r.index();
        int entityCount = r.index();
        int groupCount = r.index();
        if (r.pos != r.end) throw new IOException("damaged corpus index");
        IndexedFacts facts = new IndexedFacts(bytes, r.end, new int[] {stringCount, factCount, entityCount, groupCount}, reports, entities);
        return new Corpus(byId, facts, entities, new Vocabulary(lists), new mxsec.model.Thesaurus(groups), facts, searchTexts);
    }

    /**
     * Reads varints and strings straight from the byte array: a cold JVM interprets this code, where every
     * method call of a ByteBuffer or a charset decoder's loop over each byte would cost. A damaged index ends in
     * an {@link IndexOutOfBoundsException} or {@link IllegalArgumentException}.
     */
    static final class Reader {
        final byte[] b;
        int pos;
        final int end;
        /** The head's strings, referred back to by number. */
        private String[] table = new String[64];
        private int strings;
        /** The facts' string table, for a reader of a fact; null for the head. */
        private final IndexedFacts facts;

        Reader(byte[] b, int from, int to) {
            this(b, from, to, null);
        }

        Reader(byte[] b, int from, int to, IndexedFacts facts) {
            if (from < 0 || to > b.length || from > to) throw new IllegalArgumentException("part beyond the index");
            this.b = b;
            this.pos = from;
            this.end = to;
            this.facts = facts;
        }

        int raw() {
            if (end - pos < 4) throw new IllegalArgumentException("truncated");
            int v = (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | b[pos + 3] & 0xFF;
            pos += 4;
            return v;
        }

        private int varint() {
            if (pos >= end) throw new IllegalArgumentException("truncated");
            int x = b[pos++];
            if (x >= 0) return x; // most numbers: one byte
            int v = x & 0x7F;
            for (int shift = 7; ; shift += 7) {
                if (pos >= end || shift > 28) throw new IllegalArgumentException("bad number");
                x = b[pos++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) return v;
            }
        }

        /** A count or length: never more than the bytes left, so a damaged one cannot make a huge allocation. */
        int count() {
            int n = varint();
            if (n < 0 || n > end - pos) throw new IllegalArgumentException("bad count");
            return n;
        }

        /** A non-negative number that is not a length: a position in a list, a number of days. */
        int index() {
            int n = varint();
            if (n < 0) throw new IllegalArgumentException("bad number");
            return n;
        }

        int integer() {
            int v = varint();
            return v >>> 1 ^ -(v & 1);
        }

        String str() {
            int tag = varint();
            if (tag == 0) return null;
            if (facts != null) return facts.string(tag - 1);
            int n = tag >>> 2;
            switch (tag & 3) {
                case SEEN:
                    if (n >= strings) throw new IllegalArgumentException("bad string reference");
                    return table[n];
                case NEW_LATIN1:
                case NEW_UTF8:
                    if (n > end - pos) throw new IllegalArgumentException("truncated");
                    String s = new String(b, pos, n, (tag & 3) == NEW_LATIN1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                    pos += n;
                    if (strings == table.length) table = java.util.Arrays.copyOf(table, strings * 2);
                    table[strings++] = s;
                    return s;
                default:
                    throw new IllegalArgumentException("bad string");
            }
        }

        List<String> strs() {
            int n = count();
            if (n == 0) return List.of();
            String[] list = new String[n];
            for (int i = 0; i < n; i++) list[i] = str();
            // Lists from the index are read-only, like those from the YAML loader; nulls (absent fields) are allowed.
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(list));
        }

        Map<String, String> map() {
            int n = count();
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) m.put(str(), str());
            return m;
        }

        /** Dates repeat (years, months): one object per distinct date. A date's text fixes its span. */
        private Map<String, FuzzyDate> dates;

        FuzzyDate date() {
            String text = str();
            if (text == null) return null;
            int first = integer();
            int days = index();
            if (dates == null) dates = facts != null ? facts.dates : new HashMap<>();
            synchronized (dates) {
                FuzzyDate known = dates.get(text);
                if (known != null && known.first().toEpochDay() == first && known.last().toEpochDay() == (long) first + days) return known;
                FuzzyDate d = new FuzzyDate(text, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay((long) first + days));
                dates.put(text, d);
                return d;
            }
        }

        Location location() {
            return new Location(str(), integer(), integer());
        }

        boolean bool() {
            if (pos >= end) throw new IllegalArgumentException("truncated");
            return b[pos++] != 0;
        }
    }

    /** Decodes fact {@code n} of {@code facts}, reading from {@code r}; notes what it disagrees with. */
    static Fact readFact(Reader r, List<Report> reports, FactKind[] kinds, EntityKind[] entityKinds) {
        Report report = reports.get(r.index());
        String id = r.str();
        FactKind kind = kinds[r.index()];
        FuzzyDate date = r.date();
        boolean approx = r.bool();
        boolean inferred = r.bool();
        String summary = r.str();
        Map<EntityKind, List<String>> refs = new EnumMap<>(EntityKind.class);
        for (EntityKind k : entityKinds) {
            List<String> ids = r.strs();
            if (!ids.isEmpty()) refs.put(k, ids);
        }
        List<String> topics = r.strs();
        Source source = new Source(r.str(), r.integer(), r.integer(), r.integer(), r.str());
        String notes = r.str();
        String editorNote = r.str();
        int linkCount = r.count();
        List<Fact.Link> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) links.add(new Fact.Link(LINK_TYPES[r.index()], r.str()));
        String original = r.str();
        Fact.Statistic statistic = null;
        if (r.bool()) {
            statistic = new Fact.Statistic(Decimal.parse(r.str()), Decimal.parse(r.str()), Decimal.parse(r.str()), BOUNDS[r.index()],
                    r.str(), r.str(), r.str(), r.str());
        }
        Fact.Presence presence = null;
        if (r.bool()) {
            List<String> p = r.strs();
            presence = new Fact.Presence(p.get(0), p.get(1), p.get(2), p.get(3));
        }
        Fact.Relationship relationship = null;
        if (r.bool()) {
            List<String> p = r.strs();
            relationship = new Fact.Relationship(p.get(0), p.get(1), p.get(2));
        }
        Fact.Leadership leadership = null;
        if (r.bool()) {
            List<String> p = r.strs();
            leadership = new Fact.Leadership(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4));
        }
        Fact.PolicyAction policyAction = null;
        if (r.bool()) {
            List<String> p = r.strs();
            policyAction = new Fact.PolicyAction(p.get(0), p.get(1));
        }
        Fact.Recommendation recommendation = null;
        if (r.bool()) recommendation = new Fact.Recommendation(r.strs(), r.str());
        return new Fact(report, id, kind, date, approx, inferred, summary, refs, topics, source, notes, editorNote, List.copyOf(links),
                original, statistic, presence, relationship, leadership, policyAction, recommendation, r.location());
    }
}
