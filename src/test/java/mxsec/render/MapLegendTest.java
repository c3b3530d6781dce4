package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.query.StateMap;
import org.junit.jupiter.api.Test;

/** The map's legend and cells from small maps made by hand. */
class MapLegendTest {
    private static Entity entity(EntityKind kind, String id, String name, String iso) {
        return new Entity(kind, id, name, List.of(), null, iso == null ? Map.of() : Map.of("iso", "MX-" + iso), null);
    }

    private static StateMap.State state(String iso, String value, Entity dominant) {
        return new StateMap.State(entity(EntityKind.STATE, iso.toLowerCase(java.util.Locale.ROOT), "State " + iso, iso), iso, value,
                dominant, value == null ? List.of() : List.of("r1"), List.of());
    }

    private static List<String> shown(Map<String, TileMap.Category> legend) {
        List<String> out = new ArrayList<>();
        legend.forEach((value, c) -> out.add(value + "=" + c.marker() + " " + c.color() + " " + c.label()));
        return out;
    }

    @Test
    void groupsThatHoldMoreStatesComeFirstThenById() {
        Entity zetas = entity(EntityKind.GROUP, "zetas", "Los Zetas", null);
        Entity cjng = entity(EntityKind.GROUP, "cjng", "CJNG", null);
        StateMap map = new StateMap(null, List.of(), List.of(
                state("AAA", "zetas", zetas), state("BBB", "zetas", zetas), state("CCC", StateMap.SEVERAL, null),
                state("DDD", "cjng", cjng), state("EEE", null, null), state("FFF", "unknown-group", null),
                state("GGG", StateMap.NO_DOMINANT, null), state("HHH", "cjng", cjng), state("III", "zetas", zetas)));
        assertThat(MapLegend.title(map)).isEqualTo("Dominant groups by state");
        assertThat(shown(MapLegend.legend(map, true))).containsExactly(
                "zetas=a 160 Los Zetas (zetas)", "cjng=b 33 CJNG (cjng)", "unknown-group=c 34 unknown-group",
                "several=+ 245 several groups dominant", "no dominant group=- 252 groups present, none dominant");
    }

    @Test
    void aGroupsReachShowsTheStatusesItHas() {
        Entity cjng = entity(EntityKind.GROUP, "cjng", "CJNG", null);
        StateMap map = new StateMap(cjng, List.of(), List.of(state("AAA", "present", null), state("BBB", "dominant", null),
                state("CCC", null, null)));
        assertThat(MapLegend.title(map)).isEqualTo("Where CJNG is, by state");
        assertThat(shown(MapLegend.legend(map, false))).containsExactly("dominant=D 160 dominant", "present=P 33 present");
    }

    @Test
    void topicCountsFallInBands() {
        StateMap map = new StateMap(null, List.of("homicide", "fuel-theft"), List.of(state("AAA", "0", null), state("BBB", "12", null)));
        assertThat(MapLegend.title(map)).isEqualTo("Facts on homicide, fuel-theft by state");
        assertThat(MapLegend.legend(map, false).values()).extracting(TileMap.Category::marker).containsExactly(" ", ".", "+", "*", "#");
        assertThat(MapLegend.legend(map, true).values()).extracting(TileMap.Category::marker)
                .containsExactly(" ", "\u2591", "\u2592", "\u2593", "\u2588");
        List<String> bands = new ArrayList<>();
        for (String n : List.of("0", "1", "2", "3", "5", "6", "10", "11", "400")) bands.add(MapLegend.key(map, n));
        assertThat(bands).containsExactly("0", "1-2", "1-2", "3-5", "3-5", "6-10", "6-10", "11+", "11+");
    }

    @Test
    void theTableHasARowPerStateAndNoValueAsNull() {
        StateMap map = new StateMap(null, List.of(), List.of(state("GRO", "cjng", null), state("VER", null, null)));
        Tabular table = TileMap.table(map);
        assertThat(table.columns()).containsExactly("state", "iso", "name", "value", "reports");
        assertThat(table.rows().get(0)).containsExactly("gro", "MX-GRO", "State GRO", "cjng", List.of("r1"));
        assertThat(table.rows().get(1)).containsExactly("ver", "MX-VER", "State VER", null, List.of());
    }
}
