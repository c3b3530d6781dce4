package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import org.junit.jupiter.api.Test;

/** The values of the map: which report decides a state, what it says there, and the facts behind it. */
class StateMapTest {
    private static final List<String> GRID = List.of("VER", "JAL", "SIN", "GRO");

    private static StateMap.State state(StateMap map, String iso) {
        for (StateMap.State s : map.states()) if (s.iso().equals(iso)) return s;
        throw new AssertionError("no state " + iso + " in " + map.states());
    }

    @Test
    void oneStatePerStateAskedForInThatOrder() {
        StateMap map = StateMap.presence(BuiltIn.CORPUS, FactFilter.ALL, null, GRID);
        List<String> order = new ArrayList<>();
        for (StateMap.State s : map.states()) order.add(s.iso() + " " + s.state().id());
        assertThat(order).containsExactly("VER veracruz", "JAL jalisco", "SIN sinaloa", "GRO guerrero");
        assertThat(map.byTopic()).isFalse();
        assertThat(map.group()).isNull();
    }

    @Test
    void veracruzsDominantGroupPerReport() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("ellis-2018-mar", "zetas");
        expected.put("ellis-2022", "cjng");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            StateMap.State ver = state(StateMap.presence(BuiltIn.CORPUS, BuiltIn.reports(e.getKey()), null, GRID), "VER");
            assertThat(ver.value()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(ver.dominant().id()).isEqualTo(e.getValue());
            assertThat(ver.reports()).containsExactly(e.getKey());
            assertThat(ver.facts()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.report().id()).isEqualTo(e.getKey());
                assertThat(f.presence().state()).isEqualTo("veracruz");
            });
            assertThat(ver.facts()).anySatisfy(f -> {
                assertThat(f.presence().group()).isEqualTo(e.getValue());
                assertThat(f.presence().status()).isEqualTo("dominant");
            });
        }
        // Reports that say nothing of Veracruz's groups give no value, and nothing behind it.
        for (String silent : List.of("ellis-2016", "ellis-2018-may", "felbab-brown-2024")) {
            StateMap.State ver = state(StateMap.presence(BuiltIn.CORPUS, BuiltIn.reports(silent), null, GRID), "VER");
            assertThat(ver.value()).as(silent).isNull();
            assertThat(ver.reports()).isEmpty();
            assertThat(ver.facts()).isEmpty();
        }
    }

    @Test
    void theNewestReportThatSpeaksOfAStateDecides() {
        StateMap.State ver = state(StateMap.presence(BuiltIn.CORPUS, FactFilter.ALL, null, GRID), "VER");
        assertThat(ver.value()).isEqualTo("cjng");
        assertThat(ver.reports()).containsExactly("ellis-2022");
        // Before ellis-2022, the 2018 report decided.
        StateMap.State then = state(StateMap.presence(BuiltIn.CORPUS, BuiltIn.reports("ellis-2016", "ellis-2018-mar"), null, GRID), "VER");
        assertThat(then.value()).isEqualTo("zetas");
        assertThat(then.reports()).containsExactly("ellis-2018-mar");
    }

    @Test
    void aGroupsReachIsItsStrongestStatusInTheNewestReport() {
        StateMap map = StateMap.presence(BuiltIn.CORPUS, FactFilter.ALL, BuiltIn.CORPUS.entity(EntityKind.GROUP, "cjng"), GRID);
        assertThat(map.group().id()).isEqualTo("cjng");
        assertThat(state(map, "VER").value()).isEqualTo("dominant");
        assertThat(state(map, "JAL").value()).isEqualTo("present");
        for (StateMap.State s : map.states()) {
            assertThat(s.dominant()).isNull();
            for (Fact f : s.facts()) assertThat(f.presence().group()).isEqualTo("cjng");
            if (s.value() != null) assertThat(StateMap.STATUSES).contains(s.value());
        }
    }

    @Test
    void topicsCountTheFactsAboutEachState() {
        FactFilter fuel = new FactFilter(Set.of(), null, null, null, Set.of(), Set.of("fuel-theft"), Map.of());
        StateMap map = StateMap.topics(BuiltIn.CORPUS, fuel, List.of("fuel-theft"), GRID);
        assertThat(map.byTopic()).isTrue();
        assertThat(map.topics()).containsExactly("fuel-theft");
        for (StateMap.State s : map.states()) {
            assertThat(s.value()).isEqualTo(String.valueOf(s.facts().size()));
            List<String> reports = new ArrayList<>();
            for (Fact f : s.facts()) {
                assertThat(f.topics()).contains("fuel-theft");
                assertThat(f.refs(EntityKind.STATE)).contains(s.state().id());
                if (!reports.contains(f.report().id())) reports.add(f.report().id());
            }
            assertThat(s.reports()).isEqualTo(reports);
        }
    }
}
