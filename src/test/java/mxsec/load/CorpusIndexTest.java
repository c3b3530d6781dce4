package mxsec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mxsec.Fixtures;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.Report;
import mxsec.query.NameResolver;
import mxsec.query.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexTest {
    @TempDir
    Path temp;

    private static List<String> links(List<mxsec.model.Links.Linked> links) {
        return links.stream().map(l -> l.type().key() + " " + l.other().globalId()).toList();
    }

    private static void assertSame(Corpus actual, Corpus expected) {
        // Facts and reports are equal by id; compare every field through the records' toString.
        assertThat(actual.reports().stream().map(Object::toString)).containsExactlyElementsOf(expected.reports().stream().map(Object::toString).toList());
        // isEqualTo: containsExactlyElementsOf takes seconds on the large corpus below
        assertThat(actual.facts().stream().map(Object::toString).toList()).isEqualTo(expected.facts().stream().map(Object::toString).toList());
        for (EntityKind k : EntityKind.values()) assertThat(actual.entities(k)).containsExactlyElementsOf(expected.entities(k));
        assertThat(actual.vocabulary()).isEqualTo(expected.vocabulary());
        // What an index stores beside the facts: how facts of other reports relate, which facts mention each entity.
        assertThat(actual.facts().stream().map(f -> links(actual.links(f))).toList())
                .isEqualTo(expected.facts().stream().map(f -> links(expected.links(f))).toList());
        for (mxsec.model.FactKind kind : mxsec.model.FactKind.values()) {
            assertThat(ids(actual.ofKinds(java.util.Set.of(kind)))).as("%s", kind)
                    .isEqualTo(expected.facts().stream().filter(f -> f.kind() == kind).map(Fact::globalId).toList());
        }
        assertThat(ids(actual.ofKinds(java.util.Set.of(mxsec.model.FactKind.EVENT, mxsec.model.FactKind.POLICY))))
                .isEqualTo(ids(expected.ofKinds(java.util.Set.of(mxsec.model.FactKind.POLICY, mxsec.model.FactKind.EVENT))));
        assertThat(resolverAnswers(actual)).isEqualTo(resolverAnswers(expected));
        for (EntityKind k : EntityKind.values()) {
            Map<String, List<String>> mentions = new java.util.HashMap<>();
            for (Fact f : expected.facts()) {
                for (String id : new java.util.LinkedHashSet<>(f.refs(k))) mentions.computeIfAbsent(id, x -> new java.util.ArrayList<>()).add(f.globalId());
            }
            for (var e : expected.entities(k)) {
                assertThat(ids(actual.mentioning(k, List.of(e.id())))).as("%s", e).isEqualTo(mentions.getOrDefault(e.id(), List.of()));
            }
        }
    }

    /**
     * What the name resolver answers for every key of every entity, and for its first two and five characters
     * (prefixes): from an index it uses the keys the index stores, from YAML it folds them itself.
     */
    private static Map<String, List<String>> resolverAnswers(Corpus corpus) {
        NameResolver resolver = NameResolver.of(corpus);
        Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
        java.util.Set<EntityKind> all = java.util.EnumSet.allOf(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            for (var e : corpus.entities(k)) {
                for (String key : NameResolver.keys(e)) {
                    for (String typed : List.of(key, key.substring(0, Math.min(2, key.length())), key.substring(0, Math.min(5, key.length())))) {
                        answers.computeIfAbsent(k + ":" + typed, x -> resolver.candidates(java.util.EnumSet.of(k), typed).stream().map(Object::toString).toList());
                        answers.computeIfAbsent("*:" + typed, x -> resolver.candidates(all, typed).stream().map(Object::toString).toList());
                    }
                }
            }
        }
        return answers;
    }

    private static List<String> ids(List<Fact> facts) {
        return facts.stream().map(Fact::globalId).toList();
    }

    /** Each fact is decoded when asked for: a lookup of one entity, then everything, gives the same objects. */
    @Test
    void factsAreDecodedWhenAskedForAndOnce() throws Exception {
        Corpus yaml = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CorpusIndex.write(yaml, new DataOutputStream(bytes));
        Corpus index = CorpusIndex.read(bytes.toByteArray());
        assertThat(index.factCount()).isEqualTo(yaml.facts().size());
        List<Fact> guerrero = index.mentioning(EntityKind.STATE, List.of("guerrero", "michoacan"));
        assertThat(ids(guerrero)).isEqualTo(yaml.facts().stream()
                .filter(f -> f.refs(EntityKind.STATE).contains("guerrero") || f.refs(EntityKind.STATE).contains("michoacan"))
                .map(Fact::globalId).toList());
        assertThat(index.mentioning(EntityKind.STATE, List.of("no-such-state"))).isEmpty();
        java.util.Set<Fact> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        all.addAll(index.facts());
        assertThat(guerrero).allMatch(all::contains, "the same object in the whole list");
    }

    @Test
    void writingAndReadingGivesTheSameCorpus() throws Exception {
        Corpus yaml = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CorpusIndex.write(yaml, new DataOutputStream(bytes));
        Corpus back = CorpusIndex.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertSame(back, yaml);
    }

    /**
     * A large corpus, as a user's may be: many reports (report numbers larger than the bytes left in a chunk),
     * and enough facts for several chunks decoded side by side.
     */
    @Test
    void aLargeCorpusOfManyReportsComesBackWhole() throws Exception {
        Corpus base = BuiltInCorpus.load();
        Report template = base.reports().iterator().next();
        List<Report> reports = new java.util.ArrayList<>();
        Map<String, Report> byId = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 700; i++) {
            Report r = new Report("r" + i, template.title() + " " + i, template.authors(), template.authorInferred(), template.publisher(),
                    template.published(), template.publishedInferred(), template.url(), template.kind(), template.notes(),
                    template.sections(), template.location());
            reports.add(r);
            byId.put(r.id(), r);
        }
        List<Fact> facts = new java.util.ArrayList<>();
        List<Fact> builtIn = base.facts();
        for (int i = 0; i < 50_000; i++) {
            Fact f = builtIn.get(i % builtIn.size());
            facts.add(new Fact(reports.get(i % reports.size()), f.id() + "-" + i, f.kind(), f.date(), f.approx(), f.inferred(),
                    f.summary(), f.refs(), f.topics(), f.source(), f.notes(), f.editorNote(), f.links(), f.original(), f.statistic(),
                    f.presence(), f.relationship(), f.leadership(), f.policyAction(), f.recommendation(), f.location()));
        }
        Map<EntityKind, Map<String, mxsec.model.Entity>> entities = new java.util.EnumMap<>(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            Map<String, mxsec.model.Entity> m = new java.util.LinkedHashMap<>();
            for (var e : base.entities(k)) m.put(e.id(), e);
            entities.put(k, m);
        }
        Corpus big = new Corpus(byId, facts, entities, base.vocabulary());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CorpusIndex.write(big, new DataOutputStream(bytes));
        assertSame(CorpusIndex.read(bytes.toByteArray()), big);
    }

    /** A damaged cache file (cut short, or bytes changed) is an IOException, never a wrong corpus or a hang. */
    @Test
    void aDamagedIndexIsRefused() throws Exception {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorpusIndex.write(corpus, new DataOutputStream(out));
        byte[] whole = out.toByteArray();
        for (int length = 0; length < whole.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> CorpusIndex.read(cut)).as("cut at %d", length).isInstanceOf(java.io.IOException.class);
        }
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 3000; i++) {
            byte[] changed = whole.clone();
            changed[8 + random.nextInt(changed.length - 8)] ^= (byte) (1 + random.nextInt(255));
            try {
                CorpusIndex.read(changed); // a change inside a text can still read as an index: that is fine
            } catch (java.io.IOException expected) {
                // refused
            }
        }
    }

    @Test
    void theIndexBuiltIntoTheJarMatchesTheYaml() {
        // The build writes target/classes/mxsec-corpus.idx from corpus/: a stale index would differ here.
        assertThat(BuiltInCorpus.fingerprint()).as("the built-in corpus came from its index").isNotNull();
        assertSame(BuiltInCorpus.load(), CorpusLoader.load(List.of(CorpusFiles.builtIn())));
    }

    /** Threads asking for every fact at once (the preloading one and the command's) share the work and see the same objects. */
    @Test
    void threadsDecodingTogetherGetOneObjectPerFact() throws Exception {
        Corpus yaml = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CorpusIndex.write(yaml, new DataOutputStream(bytes));
        for (int round = 0; round < 20; round++) {
            Corpus index = CorpusIndex.read(bytes.toByteArray());
            index.mentioning(EntityKind.STATE, List.of("guerrero")); // some facts decoded already, in the middle
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                List<java.util.concurrent.Future<List<Fact>>> lists = pool.invokeAll(List.of(index::facts, index::facts, index::facts));
                List<Fact> first = lists.get(0).get();
                assertThat(ids(first)).isEqualTo(ids(yaml.facts()));
                for (var list : lists) {
                    List<Fact> facts = list.get();
                    for (int i = 0; i < facts.size(); i++) {
                        assertThat(facts.get(i)).isSameAs(first.get(i)).isSameAs(index.factAt(i));
                    }
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void anIndexCarriesTheNameKeysItStoresAndYamlNone() throws Exception {
        Corpus yaml = CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
        assertThat(yaml.storedNameKeys()).isNull();
        assertThat(yaml.storedSearchTexts()).isNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorpusIndex.write(yaml, new DataOutputStream(out));
        Corpus indexed = CorpusIndex.read(out.toByteArray());
        assertThat(indexed.storedNameKeys()).isNotNull();
        assertThat(indexed.storedSearchTexts()).isNull();
        for (EntityKind k : EntityKind.values()) {
            List<List<String>> expected = new java.util.ArrayList<>();
            for (var e : yaml.entities(k)) expected.add(NameResolver.keys(e));
            assertThat(indexed.storedNameKeys().of(k)).as("%s", k).isEqualTo(expected);
        }
        assertThat(BuiltInCorpus.load().storedSearchTexts()).as("the jar's search texts, read when a search asks").isNotNull();
    }

    @Test
    void theSearchTextsBuiltIntoTheJarAreThoseOfItsIndex() throws Exception {
        // Written by the build beside the index, from the same corpus: analyzing the YAML anew gives the same texts.
        byte[] index, texts;
        try (var in = getClass().getClassLoader().getResourceAsStream(BuiltInCorpus.INDEX)) {
            index = in.readAllBytes();
        }
        try (var in = getClass().getClassLoader().getResourceAsStream(BuiltInCorpus.SEARCH_TEXTS)) {
            texts = in.readAllBytes();
        }
        mxsec.model.SearchTexts expected = SearchIndex.analyze(CorpusLoader.load(List.of(CorpusFiles.builtIn())));
        assertThat(CorpusIndex.readSearchTexts(texts, CorpusIndex.checksum(index))).usingRecursiveComparison().isEqualTo(expected);
        assertThat(BuiltInCorpus.load().storedSearchTexts().read()).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void searchTextsOfAnotherIndexOrDamagedAreRefused() throws Exception {
        Corpus yaml = CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
        mxsec.model.SearchTexts folded = SearchIndex.analyze(yaml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorpusIndex.writeSearchTexts(folded, 42, new DataOutputStream(out));
        byte[] whole = out.toByteArray();
        assertThat(CorpusIndex.readSearchTexts(whole, 42)).usingRecursiveComparison().isEqualTo(folded);
        assertThatThrownBy(() -> CorpusIndex.readSearchTexts(whole, 43)).isInstanceOf(java.io.IOException.class)
                .hasMessage("search texts of another corpus index");
        for (int n = 0; n < whole.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(whole, n);
            assertThatThrownBy(() -> CorpusIndex.readSearchTexts(cut, 42)).isInstanceOf(java.io.IOException.class);
        }
        for (int i = 16; i < whole.length; i++) {
            byte[] changed = whole.clone();
            changed[i] ^= 0x10;
            assertThatThrownBy(() -> CorpusIndex.readSearchTexts(changed, 42)).isInstanceOf(java.io.IOException.class)
                    .hasMessage("damaged search texts (checksum)");
        }
    }

    @Test
    void somethingElseIsNotReadAsAnIndex() {
        assertThatThrownBy(() -> CorpusIndex.read(new DataInputStream(new ByteArrayInputStream("report: x\n".getBytes()))))
                .isInstanceOf(java.io.IOException.class).hasMessage("not an mxsec corpus index");
    }

    @Test
    void aUserCorpusIsValidatedOnceThenReadFromTheCache() throws Exception {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("corpus"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        Corpus first = UserCorpusCache.load(BuiltInCorpus.load(), List.of(CorpusFiles.directory(dir)), env);
        List<Path> cached;
        try (var files = Files.list(temp.resolve("cache/mxsec"))) {
            cached = files.toList();
        }
        assertThat(cached).hasSize(1);
        Corpus second = UserCorpusCache.load(BuiltInCorpus.load(), List.of(CorpusFiles.directory(dir)), env);
        assertSame(second, first);
        assertThat(second.fact("test-2020/homicides-2019")).isNotNull();

        // Any change to a file is a new key: the broken corpus is validated, not served from the cache.
        Path report = dir.resolve("reports/test-2020.yaml");
        Files.writeString(report, Files.readString(report).replace("people: [test-boss]", "people: [nobody]"));
        assertThatThrownBy(() -> UserCorpusCache.load(BuiltInCorpus.load(), List.of(CorpusFiles.directory(dir)), env))
                .isInstanceOf(CorpusException.class);
    }

    @Test
    void anUnwritableCacheOnlyCostsTime() {
        Path dir = Fixtures.validCorpus();
        Map<String, String> env = Map.of("XDG_CACHE_HOME", "/proc/no-such-place");
        Corpus corpus = UserCorpusCache.load(BuiltInCorpus.load(), List.of(CorpusFiles.directory(dir)), env);
        assertThat(corpus.fact("test-2020/boss-leads")).isNotNull();
    }

    // --- The cache ---

    private static Corpus cached(Path dir, Map<String, String> env) {
        return UserCorpusCache.load(BuiltInCorpus.load(), List.of(CorpusFiles.directory(dir)), env);
    }

    private static List<Path> entries(Path cache) throws java.io.IOException {
        try (var files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    private static String summary(Corpus corpus) {
        return corpus.fact("test-2020/homicides-2019").summary();
    }

    @Test
    void aCacheEntryPatchedTruncatedOrCopiedUnderAnotherKeyIsAMissAndTheCorpusItselfAnswers() throws Exception {
        Path one = Fixtures.brokenCopy(temp.resolve("one"), "reports/test-2020.yaml", "34,000 homicides", "35,000 homicides");
        Path two = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("two"));
        Path cache = temp.resolve("cache/mxsec");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        assertThat(summary(cached(two, env))).contains("34,000");
        Path twoEntry = entries(cache).get(0);
        assertThat(summary(cached(one, env))).contains("35,000");
        Path oneEntry = entries(cache).stream().filter(p -> !p.equals(twoEntry)).findFirst().orElseThrow();
        String key = twoEntry.getFileName().toString().replace(".idx", "");
        assertThat(UserCorpusCache.readEntry(twoEntry, key)).as("a whole entry is served").isNotNull();

        // One corpus's entry under the other's name: its key inside differs.
        Files.copy(oneEntry, twoEntry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(UserCorpusCache.readEntry(twoEntry, key)).isNull();
        assertThat(summary(cached(two, env))).contains("34,000");

        // Any byte flipped (the header, the key, the index, the checksum), or the end cut off.
        byte[] whole = Files.readAllBytes(twoEntry);
        assertThat(UserCorpusCache.readEntry(twoEntry, key)).isNotNull();
        for (int i = 0; i < whole.length; i += Math.max(1, whole.length / 97)) {
            byte[] changed = whole.clone();
            changed[i] ^= 0x01;
            Files.write(twoEntry, changed);
            assertThat(UserCorpusCache.readEntry(twoEntry, key)).as("byte " + i + " flipped").isNull();
        }
        Files.write(twoEntry, java.util.Arrays.copyOf(whole, whole.length - 1));
        assertThat(UserCorpusCache.readEntry(twoEntry, key)).isNull();
        assertThat(summary(cached(two, env))).contains("34,000");
    }

    @Test
    void aCorpusFileChangedWithTheSameSizeAndTimeIsNotServedStale() throws Exception {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("corpus"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        assertThat(summary(cached(dir, env))).contains("34,000");
        Path report = dir.resolve("reports/test-2020.yaml");
        var modified = Files.getLastModifiedTime(report);
        try (var file = new java.io.RandomAccessFile(report.toFile(), "rw")) { // in place: same inode, same size
            byte[] bytes = Files.readAllBytes(report);
            file.write(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("34,000 homicides", "36,000 homicides")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.setLastModifiedTime(report, modified);
        assertThat(summary(cached(dir, env))).contains("36,000");
    }

    @Test
    void staleTemporariesAreCleanedAndAFailedWriteLeavesNone() throws Exception {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("corpus"));
        Path cache = Files.createDirectories(temp.resolve("cache/mxsec"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        Path stale = Files.writeString(cache.resolve("index123.tmp"), "half an index");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - UserCorpusCache.STALE_TEMPORARY_MILLIS - 60_000));
        Path fresh = Files.writeString(cache.resolve("index456.tmp"), "another run's, being written");
        cached(dir, env);
        assertThat(stale).doesNotExist();
        assertThat(fresh).as("younger than the limit: maybe another run's").exists();
        Path entry = entries(cache).stream().filter(p -> p.toString().endsWith(".idx")).findFirst().orElseThrow();

        // The rename into place fails (the entry's name is taken by a directory): the temporary goes too.
        Files.delete(entry);
        Files.createDirectories(entry.resolve("in-the-way"));
        Files.delete(fresh);
        assertThat(summary(cached(dir, env))).contains("34,000");
        assertThat(entries(cache)).containsExactly(entry);

        // Writing fails half-way (as on a full disk): the same.
        Corpus broken = new Corpus(Map.of(), List.of(), Map.of(EntityKind.GROUP, Map.of()), null); // no vocabulary: write throws
        UserCorpusCache.store(broken, cache.resolve("other.idx"), "0".repeat(64));
        assertThat(entries(cache)).containsExactly(entry);
    }

    @Test
    void aRelativeCacheHomeIsIgnored() {
        assertThat(UserCorpusCache.directory(Map.of("XDG_CACHE_HOME", "relcache", "HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.cache/mxsec"));
        assertThat(UserCorpusCache.directory(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/home/u"))).isEqualTo(Path.of("/c/mxsec"));
        assertThat(UserCorpusCache.directory(Map.of("XDG_CACHE_HOME", "relcache", "HOME", "home"))).isNull();
        assertThat(XdgDirectory.of(Map.of("XDG_STATE_HOME", "state", "HOME", "/home/u"), "XDG_STATE_HOME", ".local/state"))
                .isEqualTo(Path.of("/home/u/.local/state/mxsec"));
    }
}
