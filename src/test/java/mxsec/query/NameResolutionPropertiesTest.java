package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mxsec.load.BuiltInCorpus;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.text.Fold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of name resolution, checked over every entity and spelling of the built-in corpus. */
class NameResolutionPropertiesTest {
    private static final Corpus CORPUS = BuiltInCorpus.load();
    private static final NameResolver RESOLVER = new NameResolver(CORPUS);

    /** Folded spelling to the entities of one kind that carry it. */
    private static Map<String, Set<String>> owners(EntityKind kind) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Entity e : CORPUS.entities(kind)) {
            for (String s : NameResolver.spellings(e)) owners.computeIfAbsent(Fold.fold(s), k -> new HashSet<>()).add(e.id());
        }
        return owners;
    }

    static Stream<EntityKind> kinds() {
        return Stream.of(EntityKind.values());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everySpellingResolvesToItsEntityOrTheAmbiguityIsReported(EntityKind kind) {
        Map<String, Set<String>> owners = owners(kind);
        List<String> checked = new ArrayList<>();
        for (Entity e : CORPUS.entities(kind)) {
            for (String spelling : NameResolver.spellings(e)) {
                Set<String> who = owners.get(Fold.fold(spelling));
                // An exact id always names its entity; any other spelling shared by two entities is ambiguous.
                if (spelling.equals(e.id()) || who.size() == 1) {
                    assertThat(RESOLVER.resolve(kind, spelling).id()).as(kind + " '" + spelling + "'").isEqualTo(e.id());
                    // ... whatever the case and accents the user types
                    assertThat(RESOLVER.resolve(kind, spelling.toUpperCase(java.util.Locale.ROOT)).id()).isIn(who);
                } else {
                    assertThatThrownBy(() -> RESOLVER.resolve(kind, spelling)).as(kind + " '" + spelling + "'")
                            .isInstanceOf(UnknownNameException.class).hasMessageContaining("could be");
                }
                checked.add(spelling);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(CORPUS.entities(kind).size());
    }

    @Test
    void foldingIsIdempotentAndIgnoresCaseAndAccents() {
        for (EntityKind kind : EntityKind.values()) {
            for (Entity e : CORPUS.entities(kind)) {
                for (String s : e.names()) {
                    String once = Fold.fold(s);
                    assertThat(Fold.fold(once)).isEqualTo(once);
                    assertThat(Fold.fold(s.toUpperCase(java.util.Locale.ROOT))).isEqualTo(once);
                    assertThat(once).doesNotContainPattern("\\p{M}");
                }
            }
        }
        assertThat(Fold.fold("Michoacán")).isEqualTo(Fold.fold("MICHOACAN")).isEqualTo("michoacan");
        assertThat(Fold.fold("İstanbul  ıI")).isEqualTo("istanbul ıi");
    }

    @Test
    void sharedAliasesAreFewAndAllReportedAsAmbiguous() {
        List<String> shared = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            owners(kind).forEach((spelling, who) -> {
                if (who.size() > 1 && who.stream().noneMatch(id -> id.equals(spelling))) shared.add(kind + ":" + spelling + "=" + who);
            });
        }
        // Listed so a new clash is a conscious decision: each is resolved by typing more, or the id.
        assertThat(shared).as("aliases shared within a kind").hasSizeLessThan(10);
        for (String s : shared) {
            String kind = s.substring(0, s.indexOf(':'));
            String spelling = s.substring(s.indexOf(':') + 1, s.indexOf('='));
            assertThatThrownBy(() -> RESOLVER.resolve(EnumSet.of(EntityKind.valueOf(kind)), spelling)).hasMessageContaining("could be");
        }
    }
}
