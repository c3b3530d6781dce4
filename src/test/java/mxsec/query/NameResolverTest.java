package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import org.junit.jupiter.api.Test;

class NameResolverTest {
    private static final Corpus CORPUS = CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
    private final NameResolver resolver = new NameResolver(CORPUS);

    @Test
    void resolvesByIdNameAliasAndIsoCodeIgnoringCaseAndAccents() {
        assertThat(resolver.resolve(EntityKind.GROUP, "test-cartel").id()).isEqualTo("test-cartel");
        assertThat(resolver.resolve(EntityKind.GROUP, "CARTEL DE PRUEBA").id()).isEqualTo("test-cartel");
        assertThat(resolver.resolve(EntityKind.GROUP, "cártel de prueba").id()).isEqualTo("test-cartel");
        assertThat(resolver.resolve(EntityKind.GROUP, "cdp").id()).isEqualTo("test-cartel");
        assertThat(resolver.resolve(EntityKind.PERSON, "joaquin prueba").id()).isEqualTo("test-boss");
        assertThat(resolver.resolve(EntityKind.STATE, "MX-TGR").id()).isEqualTo("test-guerrero");
        assertThat(resolver.resolve(EntityKind.STATE, "tgr").id()).isEqualTo("test-guerrero");
    }

    @Test
    void aUniquePrefixIsEnough() {
        assertThat(resolver.resolve(EntityKind.GROUP, "ejec").id()).isEqualTo("test-wing");
        assertThat(resolver.resolve(EntityKind.STATE, "guerr").id()).isEqualTo("test-guerrero");
    }

    @Test
    void anAmbiguousPrefixListsTheCandidates() {
        assertThatThrownBy(() -> resolver.resolve(EntityKind.GROUP, "test"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("'test' could be 2 groups: test-cartel (Cártel de Prueba), test-wing (Los Ejecutores); type more of the name");
    }

    @Test
    void aMisspelledNameGetsDidYouMean() {
        assertThatThrownBy(() -> resolver.resolve(EntityKind.GROUP, "ejecutroes"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("unknown group 'ejecutroes'; did you mean test-wing (Los Ejecutores)?");
        assertThatThrownBy(() -> resolver.resolve(EntityKind.GROUP, "zzzzzz"))
                .hasMessage("unknown group 'zzzzzz'");
    }

    @Test
    void searchesSeveralKindsAtOnce() {
        assertThat(resolver.resolve(EnumSet.allOf(EntityKind.class), "ciudad prueba").kind()).isEqualTo(EntityKind.PLACE);
    }

    @Test
    void foldingIsLocaleIndependent() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(resolver.resolve(EntityKind.PLACE, "CIUDAD PRUEBA").id()).isEqualTo("test-city");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
