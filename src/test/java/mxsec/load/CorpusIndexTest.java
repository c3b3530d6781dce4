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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexTest {
    @TempDir
    Path temp;

    private static void assertSame(Corpus actual, Corpus expected) {
        // Facts and reports are equal by id; compare every field through the records' toString.
        assertThat(actual.reports().stream().map(Object::toString)).containsExactlyElementsOf(expected.reports().stream().map(Object::toString).toList());
        assertThat(actual.facts().stream().map(Object::toString)).containsExactlyElementsOf(expected.facts().stream().map(Object::toString).toList());
        for (EntityKind k : EntityKind.values()) assertThat(actual.entities(k)).containsExactlyElementsOf(expected.entities(k));
        assertThat(actual.vocabulary()).isEqualTo(expected.vocabulary());
    }

    @Test
    void writingAndReadingGivesTheSameCorpus() throws Exception {
        Corpus yaml = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CorpusIndex.write(yaml, new DataOutputStream(bytes));
        Corpus back = CorpusIndex.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertSame(back, yaml);
    }

    @Test
    void theIndexBuiltIntoTheJarMatchesTheYaml() {
        // The build writes target/classes/mxsec-corpus.idx from corpus/: a stale index would differ here.
        assertThat(BuiltInCorpus.fingerprint()).as("the built-in corpus came from its index").isNotNull();
        assertSame(BuiltInCorpus.load(), CorpusLoader.load(List.of(CorpusFiles.builtIn())));
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
}
