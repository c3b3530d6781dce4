package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import org.junit.jupiter.api.Test;

/** The lists of entities, as data. */
class EntityListingTest {
    private static List<Object> row(EntityListing listing, String id) {
        for (List<Object> r : listing.rows()) if (r.get(0).equals(id)) return r;
        throw new AssertionError("no row " + id);
    }

    @Test
    void statesCarryTheirCodeTheDominantGroupsPerReportAndTheirFacts() {
        List<Fact> all = BuiltIn.CORPUS.facts();
        EntityListing states = EntityListing.of(BuiltIn.CORPUS, EntityKind.STATE, all, EntityListing.GroupFilter.ANY);
        assertThat(states.columns()).containsExactly("id", "name", "iso", "dominant", "facts", "reports");
        assertThat(states.rows()).hasSize(32);
        List<Object> veracruz = row(states, "veracruz");
        assertThat(veracruz.get(2)).isEqualTo("MX-VER");
        assertThat(veracruz.get(3).toString()).contains("zetas (ellis-2018-mar)", "cjng (ellis-2022)");
        assertThat(veracruz.get(4)).isEqualTo(BuiltIn.CORPUS.mentioning(EntityKind.STATE, List.of("veracruz")).size());
    }

    @Test
    void groupsAreKeptByTypeAndByAStateTheyArePlacedIn() {
        List<Fact> all = BuiltIn.CORPUS.facts();
        EntityListing cartels = EntityListing.of(BuiltIn.CORPUS, EntityKind.GROUP, all, new EntityListing.GroupFilter("CARTEL", null));
        assertThat(cartels.columns()).containsExactly("id", "name", "type", "facts", "reports");
        for (List<Object> r : cartels.rows()) assertThat(r.get(2)).isEqualTo("cartel");
        EntityListing inMichoacan = EntityListing.of(BuiltIn.CORPUS, EntityKind.GROUP, all, new EntityListing.GroupFilter(null, "michoacan"));
        List<String> ids = new ArrayList<>();
        for (List<Object> r : inMichoacan.rows()) ids.add((String) r.get(0));
        assertThat(ids).contains("cjng").doesNotContain("texis-cartel");
        for (String id : ids) {
            boolean placed = false;
            for (Fact f : all) placed |= f.presence() != null && id.equals(f.presence().group()) && "michoacan".equals(f.presence().state());
            assertThat(placed).as(id).isTrue();
        }
    }
}
