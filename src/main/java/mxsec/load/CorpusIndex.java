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
    public static final int FORMAT = 4;

    private CorpusIndex() {}

    // ---- writing ----

    public static void write(Corpus corpus, DataOutputStream out) throws IOException {
        Writer w = new Writer(out);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        Map<String, Map<String, String>> lists = corpus.vocabulary().lists();
        out.writeInt(lists.size());
        for (var list : lists.entrySet()) {
            w.str(list.getKey());
            w.map(list.getValue());
        }
        for (EntityKind kind : EntityKind.values()) {
            var entities = corpus.entities(kind);
            out.writeInt(entities.size());
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
        out.writeInt(reports.size());
        for (Report r : reports) {
            reportIndex.put(r, reportIndex.size());
            w.str(r.id());
            w.str(r.title());
            w.strs(r.authors());
            out.writeBoolean(r.authorInferred());
            w.str(r.publisher());
            w.date(r.published());
            out.writeBoolean(r.publishedInferred());
            w.str(r.url());
            w.str(r.kind());
            w.str(r.notes());
            w.strs(r.sections());
            w.location(r.location());
        }
        List<Fact> all = corpus.facts();
        out.writeInt(all.size());
        // Facts in chunks, each with its own string table, so that a reader can decode them side by side.
        int chunks = chunkCount(all.size());
        out.writeInt(chunks);
        for (int c = 0; c < chunks; c++) {
            List<Fact> part = all.subList(all.size() * c / chunks, all.size() * (c + 1) / chunks);
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            DataOutputStream chunk = new DataOutputStream(buffer);
            Writer cw = new Writer(chunk);
            for (Fact f : part) writeFact(f, cw, chunk, reportIndex);
            chunk.flush();
            out.writeInt(part.size());
            out.writeInt(buffer.size());
            buffer.writeTo(out);
        }
        out.flush();
    }

    /** One chunk per 25,000 facts, at most 8 (the built-in corpus: one). */
    private static int chunkCount(int facts) {
        return Math.max(1, Math.min(8, facts / 25_000));
    }

    private static void writeFact(Fact f, Writer w, DataOutputStream out, Map<Report, Integer> reportIndex) throws IOException {
        out.writeInt(reportIndex.get(f.report()));
        w.str(f.id());
        out.writeByte(f.kind().ordinal());
        w.date(f.date());
        out.writeBoolean(f.approx());
        out.writeBoolean(f.inferred());
        w.str(f.summary());
        for (EntityKind kind : EntityKind.values()) w.strs(f.refs(kind));
        w.strs(f.topics());
        w.str(f.source().section());
        out.writeInt(f.source().firstLine());
        out.writeInt(f.source().lastLine());
        w.str(f.notes());
        w.strs(f.conflicts());
        w.str(f.original());
        var s = f.statistic();
        out.writeBoolean(s != null);
        if (s != null) {
            w.str(s.value() == null ? null : s.value().toString());
            w.str(s.upper() == null ? null : s.upper().toString());
            w.str(s.unit());
            w.str(s.measure());
            w.str(s.scope());
            out.writeBoolean(s.estimate());
            w.str(s.asWritten());
        }
        var p = f.presence();
        out.writeBoolean(p != null);
        if (p != null) w.strs(java.util.Arrays.asList(p.group(), p.state(), p.place(), p.status()));
        var rel = f.relationship();
        out.writeBoolean(rel != null);
        if (rel != null) w.strs(java.util.Arrays.asList(rel.group(), rel.type(), rel.other()));
        var l = f.leadership();
        out.writeBoolean(l != null);
        if (l != null) w.strs(java.util.Arrays.asList(l.person(), l.group(), l.institution(), l.role(), l.status()));
        var pa = f.policyAction();
        out.writeBoolean(pa != null);
        if (pa != null) w.strs(java.util.Arrays.asList(pa.policy(), pa.action()));
        var rec = f.recommendation();
        out.writeBoolean(rec != null);
        if (rec != null) {
            w.strs(rec.actors());
            w.str(rec.area());
        }
        w.location(f.location());
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> seen = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void str(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer known = seen.get(s);
            if (known != null) {
                out.writeInt(-2 - known);
                return;
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
            seen.put(s, seen.size());
        }

        void strs(List<String> list) throws IOException {
            out.writeInt(list.size());
            for (String s : list) str(s);
        }

        void map(Map<String, String> map) throws IOException {
            out.writeInt(map.size());
            for (var e : map.entrySet()) {
                str(e.getKey());
                str(e.getValue());
            }
        }

        void date(FuzzyDate d) throws IOException {
            out.writeBoolean(d != null);
            if (d == null) return;
            str(d.text());
            out.writeLong(d.first().toEpochDay());
            out.writeLong(d.last().toEpochDay());
        }

        void location(Location l) throws IOException {
            str(l.file());
            out.writeInt(l.line());
            out.writeInt(l.column());
        }
    }

    // ---- reading ----

    /** Reads an index from a stream (tests, tools); see {@link #read(byte[])}. */
    public static Corpus read(DataInputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    /**
     * Reads an index; throws {@link IOException} when it is not one, or of another format version. Decodes
     * from a ByteBuffer: no stream calls per field, which matters on a cold JVM.
     */
    public static Corpus read(byte[] bytes) throws IOException {
        try {
            return decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("truncated or damaged corpus index", e);
        }
    }

    private static Corpus decode(java.nio.ByteBuffer in) throws IOException {
        if (in.remaining() < 8 || in.getInt() != MAGIC) throw new IOException("not an mxsec corpus index");
        int format = in.getInt();
        if (format != FORMAT) throw new IOException("corpus index format " + format + ", expected " + FORMAT);
        Reader r = new Reader(in);
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        for (int i = in.getInt(); i > 0; i--) lists.put(r.str(), r.map());
        Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            Map<String, Entity> registry = new LinkedHashMap<>();
            for (int i = in.getInt(); i > 0; i--) {
                Entity e = new Entity(kind, r.str(), r.str(), r.strs(), r.str(), r.map(), r.location());
                registry.put(e.id(), e);
            }
            entities.put(kind, registry);
        }
        int reportCount = in.getInt();
        List<Report> reports = new ArrayList<>(reportCount);
        Map<String, Report> byId = new LinkedHashMap<>();
        for (int i = 0; i < reportCount; i++) {
            Report report = new Report(r.str(), r.str(), r.strs(), r.bool(), r.str(), r.date(), r.bool(),
                    r.str(), r.str(), r.str(), r.strs(), r.location());
            reports.add(report);
            byId.put(report.id(), report);
        }
        int factCount = in.getInt();
        int chunks = in.getInt();
        if (chunks < 1 || chunks > 64) throw new IOException("damaged corpus index");
        int[] counts = new int[chunks];
        java.nio.ByteBuffer[] parts = new java.nio.ByteBuffer[chunks];
        for (int c = 0; c < chunks; c++) {
            counts[c] = in.getInt();
            int length = in.getInt();
            parts[c] = in.duplicate();
            parts[c].limit(in.position() + length);
            in.position(in.position() + length);
        }
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
    private static List<Chunk> decodeChunks(java.nio.ByteBuffer[] parts, int[] counts, List<Report> reports) throws IOException {
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

    private static Chunk decodeChunk(java.nio.ByteBuffer in, int count, List<Report> reports) {
        Reader r = new Reader(in);
        FactKind[] kinds = FactKind.values();
        Chunk facts = new Chunk(count);
        for (int i = 0; i < count; i++) {
            Fact f = readFact(r, in, reports, kinds);
            facts.add(f);
            if (!f.conflicts().isEmpty()) facts.naming.add(f);
        }
        if (in.hasRemaining()) throw new IllegalArgumentException("corpus index chunk not read to its end");
        return facts;
    }

    private static Fact readFact(Reader r, java.nio.ByteBuffer in, List<Report> reports, FactKind[] kinds) {
        Report report = reports.get(in.getInt());
        String id = r.str();
        FactKind kind = kinds[in.get()];
        FuzzyDate date = r.date();
        boolean approx = r.bool();
        boolean inferred = r.bool();
        String summary = r.str();
        Map<EntityKind, List<String>> refs = new EnumMap<>(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            List<String> ids = r.strs();
            if (!ids.isEmpty()) refs.put(k, ids);
        }
        List<String> topics = r.strs();
        Source source = new Source(r.str(), in.getInt(), in.getInt());
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

    private static final class Reader {
        private final java.nio.ByteBuffer in;
        private final List<String> table = new ArrayList<>();

        Reader(java.nio.ByteBuffer in) {
            this.in = in;
        }

        String str() {
            int n = in.getInt();
            if (n == -1) return null;
            if (n < -1) return table.get(-2 - n);
            String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
            in.position(in.position() + n);
            table.add(s);
            return s;
        }

        List<String> strs() {
            int n = in.getInt();
            if (n == 0) return List.of();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) list.add(str());
            // Lists from the index are read-only, like those from the YAML loader; nulls (absent fields) are allowed.
            return java.util.Collections.unmodifiableList(list);
        }

        Map<String, String> map() {
            int n = in.getInt();
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) m.put(str(), str());
            return m;
        }

        /** Dates repeat (years, months): one object per distinct date. A date's text fixes its span. */
        private final Map<String, FuzzyDate> dates = new HashMap<>();

        FuzzyDate date() {
            if (!bool()) return null;
            String text = str();
            long first = in.getLong();
            long last = in.getLong();
            FuzzyDate known = dates.get(text);
            if (known != null && known.first().toEpochDay() == first && known.last().toEpochDay() == last) return known;
            FuzzyDate d = new FuzzyDate(text, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
            dates.put(text, d);
            return d;
        }

        Location location() {
            return new Location(str(), in.getInt(), in.getInt());
        }

        boolean bool() {
            return in.get() != 0;
        }
    }
}
