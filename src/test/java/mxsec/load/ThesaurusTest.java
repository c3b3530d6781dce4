package mxsec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mxsec.Fixtures;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.Thesaurus;
import mxsec.text.Fold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** corpus/thesaurus.yaml: loading, its errors with their positions, a user corpus's groups, the built-in groups. */
class ThesaurusTest {
    @TempDir
    Path temp;

    private Path corpusWith(String thesaurus) throws IOException {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("c"));
        Files.writeString(dir.resolve("thesaurus.yaml"), thesaurus);
        return dir;
    }

    @Test
    void groupsLoadInDocumentOrder() throws IOException {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.directory(corpusWith(
                "groups:\n  homicide: [homicide, murder, killing]\n  fuel-theft: [fuel theft, huachicol]\n"))));
        assertThat(corpus.thesaurus().groups()).containsExactly(
                new Thesaurus.Group("homicide", List.of("homicide", "murder", "killing")),
                new Thesaurus.Group("fuel-theft", List.of("fuel theft", "huachicol")));
    }

    static Stream<Arguments> brokenThesauri() {
        return Stream.of(
                Arguments.of("- a\n- b\n", "thesaurus.yaml:1:1: thesaurus must be a mapping with the key 'groups'"),
                Arguments.of("groups: {a: [x, y]}\nextra: 1\n", "thesaurus.yaml:2:1: unknown key 'extra' in the thesaurus"),
                Arguments.of("groups:\n  Not A Slug: [x, y]\n", "thesaurus.yaml:2:3: thesaurus group 'Not A Slug' must be a lower-case slug"),
                Arguments.of("groups:\n  a: x\n", "thesaurus.yaml:2:6: thesaurus group 'a' must be a list of at least two terms"),
                Arguments.of("groups:\n  a: [x]\n", "thesaurus.yaml:2:6: thesaurus group 'a' must be a list of at least two terms"),
                Arguments.of("groups:\n  a: [x, {b: 1}]\n", "thesaurus.yaml:2:10: a term of thesaurus group 'a' must be text"),
                Arguments.of("groups:\n  a: [Murder, murder]\n", "thesaurus.yaml:2:15: the term 'murder' stands twice in thesaurus group 'a'"),
                Arguments.of("groups:\n  a: [x, y]\n  b: [z, X]\n", "thesaurus.yaml:3:10: the term 'X' of thesaurus group 'b' is in group 'a' already"),
                Arguments.of("groups:\n  a: [x, \"!!\"]\n", "thesaurus.yaml:2:10: the term '!!' of thesaurus group 'a' has no letter or digit"),
                Arguments.of("groups:\n  a: [x, \"y\\u0007\"]\n", "thesaurus.yaml:2:10: a term of thesaurus group 'a' has a control character"),
                Arguments.of("groups:\n  a: [x, " + "y".repeat(101) + "]\n", "thesaurus.yaml:2:10: a term of thesaurus group 'a' is 101 characters long; at most 100"),
                Arguments.of("groups:\n  a: [" + "t, ".repeat(0) + termList(51) + "]\n", "thesaurus.yaml:2:6: thesaurus group 'a' has 51 terms; at most 50"));
    }

    private static String termList(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : ", ").append("term").append(i);
        return s.toString();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenThesauri")
    void everyErrorHasItsPosition(String yaml, String expected) throws IOException {
        Path dir = corpusWith(yaml);
        assertThatThrownBy(() -> CorpusLoader.load(List.of(CorpusFiles.directory(dir))))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.toString().replace(dir + "/", ""))
                        .anySatisfy(m -> assertThat(m).startsWith(expected)));
    }

    @Test
    void aUserCorpusAddsGroupsButDoesNotChangeTheBuiltInOnes() throws IOException {
        Corpus builtIn = BuiltInCorpus.load();
        int before = builtIn.thesaurus().groups().size();
        Path added = corpusWith("groups:\n  test-words: [test word, test term]\n");
        Corpus layered = CorpusLoader.load(builtIn, List.of(CorpusFiles.directory(added)));
        assertThat(layered.thesaurus().groups()).hasSize(before + 1);
        assertThat(layered.thesaurus().groups().get(before).key()).isEqualTo("test-words");
        assertThat(layered.thesaurus().groups().subList(0, before)).isEqualTo(builtIn.thesaurus().groups());

        Files.writeString(added.resolve("thesaurus.yaml"), "groups:\n  homicide: [homicide, xyz]\n  mine: [x, murder]\n");
        assertThatThrownBy(() -> CorpusLoader.load(builtIn, List.of(CorpusFiles.directory(added))))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).extracting(p -> p.toString().replace(added + "/", ""))
                        .anySatisfy(m -> assertThat(m).startsWith("thesaurus.yaml:2:3: a user corpus adds groups; it does not change the built-in group 'homicide'"))
                        .anySatisfy(m -> assertThat(m).startsWith("thesaurus.yaml:3:13: the term 'murder' of thesaurus group 'mine' is in group 'homicide' already")));
    }

    @Test
    void everyBuiltInGroupHasTwoTermsAndOneTheCorpusUses() {
        Corpus corpus = BuiltInCorpus.load();
        List<Thesaurus.Group> groups = corpus.thesaurus().groups();
        assertThat(groups).hasSizeGreaterThanOrEqualTo(80);
        StringBuilder text = new StringBuilder();
        for (Fact f : corpus.facts()) {
            text.append(Fold.words(f.summary())).append(Fold.words(f.notes()));
            for (String t : f.topics()) text.append(Fold.words(t));
        }
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : corpus.entities(kind)) for (String s : e.spellings()) text.append(Fold.words(s));
        }
        String all = text.toString();
        Map<String, String> seen = new HashMap<>();
        for (Thesaurus.Group g : groups) {
            assertThat(g.terms()).as(g.key()).hasSizeGreaterThanOrEqualTo(2);
            boolean used = false;
            for (String term : g.terms()) {
                used |= Fold.containsWords(all, Fold.words(term));
                assertThat(seen.put(Fold.words(term).trim(), g.key())).as("'%s' in %s", term, g.key()).isNull();
            }
            assertThat(used).as("a term of group '%s' %s that the corpus uses", g.key(), g.terms()).isTrue();
        }
    }
}
