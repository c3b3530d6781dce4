package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import org.junit.jupiter.api.Test;

/** The sections of a profile, as data: which facts stand where, in what order. */
class ProfileSectionsTest {
    private static List<Fact> about(EntityKind kind, String id) {
        return BuiltIn.CORPUS.mentioning(kind, List.of(id));
    }

    private static List<String> keys(List<ProfileSections.Section> sections) {
        List<String> keys = new ArrayList<>();
        for (ProfileSections.Section s : sections) keys.add(s.key());
        return keys;
    }

    @Test
    void aGroupsSectionsComeInTheirOrderAndHoldEachFactOnce() {
        List<Fact> facts = about(EntityKind.GROUP, "cjng");
        List<ProfileSections.Section> sections = ProfileSections.of(EntityKind.GROUP, "cjng", facts, BuiltIn.CORPUS.reports(), ProfileSections.By.report);
        assertThat(keys(sections)).containsExactly("lineage", "leaders", "territory", "allies-rivals", "events", "figures",
                "report:felbab-brown-2024", "report:ellis-2022", "report:ellis-2018-may", "report:ellis-2018-mar", "report:ellis-2016");
        List<Fact> all = new ArrayList<>();
        for (ProfileSections.Section s : sections) all.addAll(s.facts());
        assertThat(all).hasSize(facts.size()).containsExactlyInAnyOrderElementsOf(facts);
        for (Fact f : sections.get(2).facts()) assertThat(f.kind()).isEqualTo(FactKind.PRESENCE);
        for (Fact f : sections.get(4).facts()) assertThat(f.kind()).isEqualTo(FactKind.EVENT);
        List<Fact> territory = sections.get(2).facts();
        for (int i = 1; i < territory.size(); i++) {
            assertThat(FactOrder.BY_REPORT_THEN_DATE.compare(territory.get(i - 1), territory.get(i))).isLessThanOrEqualTo(0);
        }
        for (Fact f : sections.get(0).facts()) assertThat(f.relationship()).isNotNull();
    }

    @Test
    void aPersonsRolesAreThatPersonsOwn() {
        List<Fact> facts = about(EntityKind.PERSON, "andres-manuel-lopez-obrador");
        List<ProfileSections.Section> sections = ProfileSections.of(EntityKind.PERSON, "andres-manuel-lopez-obrador", facts,
                BuiltIn.CORPUS.reports(), ProfileSections.By.report);
        List<Fact> roles = sections.get(0).facts();
        assertThat(roles).isNotEmpty().allSatisfy(f -> assertThat(f.leadership().person()).isEqualTo("andres-manuel-lopez-obrador"));
        // Roles AMLO gave others (Durazo, Sánchez Cordero) stay in his profile, under what each report says.
        assertThat(facts).anySatisfy(f -> assertThat(f.leadership() != null && !f.leadership().person().equals("andres-manuel-lopez-obrador")).isTrue());
    }

    @Test
    void aStatesProfileHoldsTheFactsAboutItsPlaces() {
        FactFilter all = FactFilter.ALL;
        List<Fact> tamaulipas = FactFilter.aboutStateAndItsPlaces(all, BuiltIn.CORPUS, "tamaulipas");
        List<Fact> nuevoLaredo = all.about(EntityKind.PLACE, "nuevo-laredo").select(BuiltIn.CORPUS);
        assertThat(nuevoLaredo).isNotEmpty();
        assertThat(tamaulipas).containsAll(nuevoLaredo).containsAll(all.about(EntityKind.STATE, "tamaulipas").select(BuiltIn.CORPUS));
        assertThat(tamaulipas).doesNotHaveDuplicates();
        // In corpus order, as a pass over every fact would give them.
        java.util.Set<Fact> wanted = new java.util.HashSet<>(tamaulipas);
        assertThat(tamaulipas).containsExactlyElementsOf(BuiltIn.CORPUS.facts().stream().filter(wanted::contains).toList());
        // --report filters them alike.
        List<Fact> one = FactFilter.aboutStateAndItsPlaces(BuiltIn.reports("ellis-2018-mar"), BuiltIn.CORPUS, "tamaulipas");
        assertThat(one).isNotEmpty().allSatisfy(f -> assertThat(f.report().id()).isEqualTo("ellis-2018-mar"));
    }

    @Test
    void theRestGoesByDateOrByKindWhenAsked() {
        List<Fact> facts = about(EntityKind.STATE, "guerrero");
        List<ProfileSections.Section> byDate = ProfileSections.of(EntityKind.STATE, "guerrero", facts, BuiltIn.CORPUS.reports(), ProfileSections.By.date);
        assertThat(keys(byDate)).containsExactly("presence", "events", "figures", "other");
        List<Fact> other = byDate.get(3).facts();
        assertThat(other).isNotEmpty();
        for (int i = 1; i < other.size(); i++) assertThat(other.get(i - 1).effectiveDate().compareTo(other.get(i).effectiveDate())).isLessThanOrEqualTo(0);
        List<ProfileSections.Section> byKind = ProfileSections.of(EntityKind.STATE, "guerrero", facts, BuiltIn.CORPUS.reports(), ProfileSections.By.kind);
        assertThat(keys(byKind)).hasSize(3 + FactKind.values().length).contains("kind:assessment", "kind:recommendation");
        for (ProfileSections.Section s : byKind.subList(3, byKind.size())) {
            for (Fact f : s.facts()) assertThat("kind:" + f.kind().key()).isEqualTo(s.key());
        }
    }

    @Test
    void aKindWithoutSectionsOfItsOwnHasEventsFiguresAndTheReports() {
        List<Fact> facts = about(EntityKind.PLACE, BuiltIn.CORPUS.entities(EntityKind.PLACE).iterator().next().id());
        assertThat(keys(ProfileSections.of(EntityKind.PLACE, "x", facts, BuiltIn.CORPUS.reports(), ProfileSections.By.report)).subList(0, 2))
                .containsExactly("events", "figures");
    }
}
