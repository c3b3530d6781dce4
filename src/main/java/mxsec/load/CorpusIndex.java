package mxsec.load;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.FuzzyDate;
import mxsec.model.Location;
import mxsec.model.Report;
import mxsec.model.Source;
import mxsec.model.Vocabulary;

/**
 * A validated corpus in a compact binary form, read with plain {@link DataInputStream}: no YAML parser, no
 * validation, no Jackson at start-up. The built-in corpus is indexed at build time; user corpora are indexed
 * into the cache after their first (validated) load. Strings repeat a lot (ids, topics, file names), so each
 * distinct string is written once and referred to by number after that.
 */
public final class CorpusIndex {
    private static final int MAGIC = 0x4D585358; // "MXSX"
    /** Bump when the layout or the model changes: older indexes are then ignored and rebuilt. */
    public static final int FORMAT = 5;

    private CorpusIndex() {}

    // ---- writing ----

    public static void write(Corpus corpus, DataOutputStream out) throws IOException {
        Writer w = new Writer();
        w.raw(MAGIC);
        w.raw(FORMAT);
        Map<String, Map<String, String>> lists = corpus.vocabulary().lists();
        w.count(lists.size());
        for (var list : lists.entrySet()) {
            w.str(list.getKey());
            w.map(list.getValue());
        }
        for (EntityKind kind : EntityKind.values()) {
            var entities = corpus.entities(kind);
            w.count(entities.size());
            for (Entity e : entities) {
                w.str(e.id());
                w.str(e.name());
                w.strs(e.aliases());
                w.str(e.description());
                w.map(e.attributes());
                w.location(e.location());
            }
        }
        List<Report> reports = new ArrayList<>(corpus.reports());
        Map<Report, Integer> reportIndex = new HashMap<>();
        w.count(reports.size());
        for (Report r : reports) {
            reportIndex.put(r, reportIndex.size());
            w.str(r.id());
            w.str(r.title());
            w.strs(r.authors());
            w.bool(r.authorInferred());
            w.str(r.publisher());
            w.date(r.published());
            w.bool(r.publishedInferred());
            w.str(r.url());
            w.str(r.kind());
            w.str(r.notes());
            w.strs(r.sections());
            w.location(r.location());
        }
        List<Fact> all = corpus.facts();
        w.count(all.size());
        // Facts in chunks, each with its own string table, so that a reader can decode them side by side.
        int chunks = chunkCount(all.size());
        w.count(chunks);
        out.write(w.bytes, 0, w.size);
        for (int c = 0; c < chunks; c++) {
            List<Fact> part = all.subList(all.size() * c / chunks, all.size() * (c + 1) / chunks);
            Writer cw = new Writer();
            for (Fact f : part) writeFact(f, cw, reportIndex);
            Writer head = new Writer();
            head.count(part.size());
            head.count(cw.size);
            out.write(head.bytes, 0, head.size);
            out.write(cw.bytes, 0, cw.size);
        }
        out.flush();
    }

    /** One chunk per 25,000 facts, at most 8 (the built-in corpus: one). */
    private static int chunkCount(int facts) {
        return Math.max(1, Math.min(8, facts / 25_000));
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
        w.str(f.notes());
        w.strs(f.conflicts());
        w.str(f.original());
        var s = f.statistic();
        w.bool(s != null);
        if (s != null) {
            w.str(s.value() == null ? null : s.value().toString());
            w.str(s.upper() == null ? null : s.upper().toString());
            w.str(s.unit());
            w.str(s.measure());
            w.str(s.scope());
            w.bool(s.estimate());
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
     * The encoding, chosen to be cheap to read on a cold JVM (interpreted code): counts and numbers are varints
     * (7 bits a byte, most of them one byte); a string is a varint tag, then its bytes: 0 is null, tag & 3 == 1
     * a new ISO-8859-1 string of tag >>> 2 bytes (a plain copy to read; nearly every string of the corpus, Spanish
     * names included), == 2 a new UTF-8 string of tag >>> 2 bytes, == 3 the (tag >>> 2)-th string seen before.
     */
    private static final int NEW_LATIN1 = 1, NEW_UTF8 = 2, SEEN = 3;

    private static final class Writer {
        private byte[] bytes = new byte[1 << 12];
        private int size;
        private final Map<String, Integer> seen = new HashMap<>();

        private void put(int b) {
            if (size == bytes.length) bytes = java.util.Arrays.copyOf(bytes, size * 2);
            bytes[size++] = (byte) b;
        }

        private void put(byte[] b) {
            if (size + b.length > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(size * 2, size + b.length));
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        /** Four bytes, big-endian: the magic number and format, which must be readable by any version. */
        void raw(int v) {
            put(v >>> 24);
            put(v >>> 16);
            put(v >>> 8);
            put(v);
        }

        /** A non-negative number. */
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

    /** Reads an index; throws {@link IOException} when it is not one, of another format version, or damaged. */
    public static Corpus read(byte[] bytes) throws IOException {
        try {
            return decode(bytes);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new IOException("truncated or damaged corpus index", e);
        }
    }

    private static Corpus decode(byte[] bytes) throws IOException {
        Reader r = new Reader(bytes, 0, bytes.length);
        if (bytes.length < 8 || r.raw() != MAGIC) throw new IOException("not an mxsec corpus index");
        int format = r.raw();
        if (format != FORMAT) throw new IOException("corpus index format " + format + ", expected " + FORMAT);
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        for (int i = r.count(); i > 0; i--) lists.put(r.str(), r.map());
        Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            Map<String, Entity> registry = new LinkedHashMap<>();
            for (int i = r.count(); i > 0; i--) {
                Entity e = new Entity(kind, r.str(), r.str(), r.strs(), r.str(), r.map(), r.location());
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
        int factCount = r.count();
        int chunks = r.count();
        if (chunks < 1 || chunks > 64) throw new IOException("damaged corpus index");
        Reader[] parts = new Reader[chunks];
        int[] counts = new int[chunks];
        for (int c = 0; c < chunks; c++) {
            counts[c] = r.count();
            int length = r.count();
            parts[c] = new Reader(bytes, r.pos, r.pos + length);
            r.pos += length;
        }
        if (r.pos != bytes.length) throw new IOException("damaged corpus index");
        List<Chunk> decoded = decodeChunks(parts, counts, reports);
        List<Fact> facts = new ArrayList<>(factCount);
        for (List<Fact> part : decoded) facts.addAll(part);
        if (facts.size() != factCount) throw new IOException("damaged corpus index");
        // The facts that name conflicts, noted while decoding (on the decoding threads) rather than found later by
        // a pass over every fact.
        List<Fact> naming = new ArrayList<>();
        for (Chunk part : decoded) naming.addAll(part.naming);
        return new Corpus(byId, facts, entities, new Vocabulary(lists), naming);
    }

    /**
     * Decodes the fact chunks: the first half on this thread, the second half on another when there is more
     * than one chunk (the main thread is usually waiting for this, and there is a second core).
     */
    private static List<Chunk> decodeChunks(Reader[] parts, int[] counts, List<Report> reports) throws IOException {
        int n = parts.length;
        Chunk[] out = new Chunk[n];
        int split = (n + 1) / 2;
        java.util.concurrent.FutureTask<Void> other = null;
        if (split < n) {
            other = new java.util.concurrent.FutureTask<>(() -> {
                for (int c = split; c < n; c++) out[c] = decodeChunk(parts[c], counts[c], reports);
                return null;
            });
            Thread t = new Thread(other, "mxsec-decode");
            t.setDaemon(true);
            t.start();
        }
        for (int c = 0; c < split; c++) out[c] = decodeChunk(parts[c], counts[c], reports);
        if (other != null) {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IOException(e.getCause());
            }
        }
        return java.util.Arrays.asList(out);
    }

    /** The facts of one chunk, and those of them that name conflicts. */
    private static final class Chunk extends ArrayList<Fact> {
        final List<Fact> naming = new ArrayList<>();

        Chunk(int size) {
            super(size);
        }
    }

    private static Chunk decodeChunk(Reader r, int count, List<Report> reports) {
        if (count > r.end - r.pos) throw new IllegalArgumentException("more facts than bytes");
        FactKind[] kinds = FactKind.values();
        EntityKind[] entityKinds = EntityKind.values();
        Chunk facts = new Chunk(count);
        for (int i = 0; i < count; i++) {
            Fact f = readFact(r, reports, kinds, entityKinds);
            facts.add(f);
            if (!f.conflicts().isEmpty()) facts.naming.add(f);
        }
        if (r.pos != r.end) throw new IllegalArgumentException("corpus index chunk not read to its end");
        return facts;
    }

    private static Fact readFact(Reader r, List<Report> reports, FactKind[] kinds, EntityKind[] entityKinds) {
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
        Source source = new Source(r.str(), r.integer(), r.integer());
        String notes = r.str();
        List<String> conflicts = r.strs();
        String original = r.str();
        Fact.Statistic statistic = null;
        if (r.bool()) {
            String value = r.str();
            String upper = r.str();
            statistic = new Fact.Statistic(value == null ? null : new BigDecimal(value), upper == null ? null : new BigDecimal(upper),
                    r.str(), r.str(), r.str(), r.bool(), r.str());
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
        return new Fact(report, id, kind, date, approx, inferred, summary, refs, topics, source, notes, conflicts,
                original, statistic, presence, relationship, leadership, policyAction, recommendation, r.location());
    }

    /**
     * Reads one part of the index straight from its byte array: a cold JVM interprets this code, where every
     * method call of a ByteBuffer or a charset decoder's loop over each byte costs (together ~80% of reading).
     * A damaged index ends in an {@link IndexOutOfBoundsException} or {@link IllegalArgumentException}.
     */
    private static final class Reader {
        private final byte[] b;
        private int pos;
        private final int end;
        private String[] table = new String[64];
        private int strings;

        Reader(byte[] b, int from, int to) {
            if (from < 0 || to > b.length || from > to) throw new IllegalArgumentException("part beyond the index");
            this.b = b;
            this.pos = from;
            this.end = to;
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
        private final Map<String, FuzzyDate> dates = new HashMap<>();

        FuzzyDate date() {
            String text = str();
            if (text == null) return null;
            int first = integer();
            int days = index();
            FuzzyDate known = dates.get(text);
            if (known != null && known.first().toEpochDay() == first && known.last().toEpochDay() == (long) first + days) return known;
            FuzzyDate d = new FuzzyDate(text, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay((long) first + days));
            dates.put(text, d);
            return d;
        }

        Location location() {
            return new Location(str(), integer(), integer());
        }

        boolean bool() {
            if (pos >= end) throw new IllegalArgumentException("truncated");
            return b[pos++] != 0;
        }
    }
}
