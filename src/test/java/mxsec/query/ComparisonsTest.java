package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import mxsec.load.BuiltInCorpus;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import org.junit.jupiter.api.Test;

/** What {@code compare} selects, as records: on the built-in corpus. */
class ComparisonsTest {
    private static final Corpus CORPUS = BuiltInCorpus.load();

    private static List<String> aspects(Comparison c) {
        List<String> aspects = new ArrayList<>();
        for (Comparison.Row r : c.rows()) aspects.add(r.aspect());
        return aspects;
    }

    private static Comparison.Row row(Comparison c, String aspect) {
        for (Comparison.Row r : c.rows()) if (r.aspect().equals(aspect)) return r;
        throw new AssertionError("no row " + aspect + " in " + aspects(c));
    }

    @Test
    void cjngAndSinaloaAreTheTwoGroupsSideBySide() {
        Comparisons query = new Comparisons(CORPUS, FactFilter.ALL);
        List<Entity> entities = query.resolveOneKind(List.of("cjng", "sinaloa"));
        assertThat(entities).extracting(Entity::id).containsExactly("cjng", "sinaloa-cartel");
        assertThat(entities).extracting(Entity::kind).containsOnly(EntityKind.GROUP);
        assertThat(Comparisons.ofAnotherKind(entities)).isNull();

        Comparison c = query.of(entities);
        assertThat(c.columns()).containsExactly(new Comparison.Column("cjng", "Cártel de Jalisco Nueva Generación"),
                new Comparison.Column("sinaloa-cartel", "Sinaloa Cartel"));
        assertThat(aspects(c)).containsExactly("type", "aliases", "leaders", "lineage", "territory", "structure", "allies",
                "rivals", "revenue", "capabilities", "events", "figures", "reports");
        for (Comparison.Row r : c.rows()) assertThat(r.cells()).hasSize(2);
        List<String> cjngRivals = row(c, "rivals").cells().get(0);
        assertThat(cjngRivals).contains("Sinaloa Cartel (2018-03-02) [ellis-2018-mar]", "Sinaloa Cartel (2024-11) [felbab-brown-2024]");
        assertThat(cjngRivals).doesNotHaveDuplicates();
        assertThat(row(c, "rivals").cells().get(1)).contains("Cártel de Jalisco Nueva Generación (2018-03-02) [ellis-2018-mar]");
        assertThat(row(c, "type").cells()).containsExactly(List.of("cartel"), List.of("cartel"));
        assertThat(c.isEmpty()).isFalse();
    }

    @Test
    void theFiltersNarrowTheCells() {
        FactFilter oneReport = new FactFilter(java.util.Set.of("ellis-2016"), null, null, null, java.util.Set.of(), java.util.Set.of(),
                java.util.Map.of());
        Comparisons query = new Comparisons(CORPUS, oneReport);
        Comparison c = query.of(query.resolveOneKind(List.of("cjng", "sinaloa")));
        for (List<String> reports : row(c, "reports").cells()) assertThat(reports).containsOnly("ellis-2016");
    }

    @Test
    void namesOfTwoKindsAreFound() {
        Comparisons query = new Comparisons(CORPUS, FactFilter.ALL);
        List<Entity> entities = query.resolveOneKind(List.of("cjng", "guerrero"));
        assertThat(Comparisons.ofAnotherKind(entities)).extracting(Entity::id).isEqualTo("guerrero");
        assertThat(query.splitName(List.of("nuevo", "leon", "jalisco"))).isEqualTo("nuevo leon");
        assertThat(query.splitName(List.of("cjng", "sinaloa"))).isNull();
        assertThatThrownBy(() -> query.resolveOneKind(List.of("cjng", "xyzzy"))).isInstanceOf(UnknownNameException.class);
    }

    @Test
    void reportsAreComparedByIdAndASubjectAcrossThemInDateOrder() {
        Comparisons query = new Comparisons(CORPUS, FactFilter.ALL);
        List<mxsec.model.Report> reports = query.reportsNamed(List.of("ellis-2016", "felbab-brown-2024", "cjng"));
        assertThat(reports).extracting(mxsec.model.Report::id).containsExactly("ellis-2016", "felbab-brown-2024");
        Comparison c = query.ofReports(reports);
        assertThat(aspects(c)).containsExactly("authors", "published", "publisher", "facts", "focus (top topics)", "figures", "recommendations");
        assertThat(c.columns()).extracting(Comparison.Column::label).containsExactly("ellis-2016", "felbab-brown-2024");

        Comparison across = query.acrossReports("homicide");
        assertThat(across.columns()).extracting(Comparison.Column::id)
                .containsExactly("ellis-2016", "ellis-2018-mar", "ellis-2018-may", "ellis-2022", "felbab-brown-2024");
        assertThat(across.columns().get(0).label()).startsWith("ellis-2016 (");
        assertThat(aspects(across)).startsWith("event", "statistic", "assessment");
        assertThat(row(across, "event").cells().get(3)).first().asString().startsWith("2022-06 In June 2022 two Jesuit priests");
    }
}
