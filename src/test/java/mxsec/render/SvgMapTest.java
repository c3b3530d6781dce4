package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import static mxsec.render.SvgDocs.fills;
import static mxsec.render.SvgDocs.legend;
import static mxsec.render.SvgDocs.parse;
import static mxsec.render.SvgDocs.swatches;
import static mxsec.render.SvgDocs.tooltips;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.FuzzyDate;
import mxsec.model.Report;
import mxsec.query.StateMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The SVG map from small maps made by hand: escaping, tooltips, legend, the reports it names. */
class SvgMapTest {
    private static Entity entity(EntityKind kind, String id, String name, String iso) {
        return new Entity(kind, id, name, List.of(), null, iso == null ? Map.of() : Map.of("iso", "MX-" + iso), null);
    }

    private static StateMap.State state(String iso, String name, String value, Entity dominant, List<String> reports) {
        return new StateMap.State(entity(EntityKind.STATE, iso.toLowerCase(java.util.Locale.ROOT), name, iso), iso, value, dominant,
                reports, List.of());
    }

    private static Report report(String id, String published) {
        return new Report(id, "T", List.of("A"), false, "P", FuzzyDate.parse(published), false, null, "commentary", null, List.of(), null);
    }

    private static String svg(StateMap map, List<Report> searched, LocalDate asOf) {
        StringWriter s = new StringWriter();
        SvgMap.write(map, searched, asOf, new PrintWriter(s));
        return s.toString();
    }

    @Test
    void namesFromACorpusAreEscapedAndTheDocumentStaysWellFormed() {
        Entity odd = entity(EntityKind.GROUP, "odd", "Los \"<b>\" & 'Co' --", null);
        StateMap map = new StateMap(null, List.of(), List.of(state("GRO", "Guerrero <&>", "odd", odd, List.of("r-2020")),
                state("VER", "Veracruz", null, null, List.of())));
        String svg = svg(map, List.of(report("r-2020", "2020-05")), null);
        assertThat(svg).doesNotContain("<b>").contains("Los &quot;&lt;b&gt;&quot; &amp; &apos;Co&apos; --");
        assertThat(svg.substring(svg.indexOf("<!--") + 4, svg.indexOf("-->"))).doesNotContain("--");
        Document doc = parse(svg);
        assertThat(tooltips(doc)).containsExactly(Map.entry("MX-GRO", "Guerrero <&>: Los \"<b>\" & 'Co' -- (odd) (reports: r-2020)"),
                Map.entry("MX-VER", "Veracruz: no fact in the reports searched"));
        assertThat(legend(doc)).containsExactly("Los \"<b>\" & 'Co' -- (odd)", "no fact in the reports searched");
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() {
        assertThat(SvgMap.xml("a\u0001b\u001bc\td\uFFFEe")).isEqualTo("a\uFFFDb\uFFFDc\td\uFFFDe");
    }

    @Test
    void theSubtitleNamesTheReportsTheValuesComeFromAndHowManyWereSearched() {
        StateMap map = new StateMap(null, List.of(), List.of(state("GRO", "Guerrero", StateMap.NO_DOMINANT, null, List.of("b-2022")),
                state("VER", "Veracruz", StateMap.NO_DOMINANT, null, List.of("a-2016"))));
        List<Report> searched = List.of(report("a-2016", "2016-01"), report("b-2022", "2022-08"), report("c-2024", "2024-11"));
        assertThat(SvgMap.sources(map, searched, null))
                .isEqualTo("From a-2016 (2016-01), b-2022 (2022-08): the newest report that speaks of each state; 3 reports searched");
        assertThat(SvgMap.sources(map, searched.subList(0, 2), LocalDate.of(2022, 12, 31)))
                .isEqualTo("From a-2016 (2016-01), b-2022 (2022-08): the newest report that speaks of each state; 2 reports searched, "
                        + "published by 2022-12-31");
        StateMap none = new StateMap(null, List.of(), List.of(state("GRO", "Guerrero", null, null, List.of())));
        assertThat(SvgMap.sources(none, searched.subList(2, 3), null)).isEqualTo("No fact in the 1 report searched");
        StateMap counts = new StateMap(null, List.of("homicide"), List.of(state("GRO", "Guerrero", "1", null, List.of("c-2024")),
                state("VER", "Veracruz", "0", null, List.of())));
        assertThat(SvgMap.sources(counts, searched, null)).isEqualTo("Facts counted from c-2024 (2024-11); 3 reports searched");
        Document doc = parse(svg(counts, searched, null));
        assertThat(tooltips(doc)).containsExactly(Map.entry("MX-GRO", "Guerrero: 1 fact (reports: c-2024)"), Map.entry("MX-VER", "Veracruz: 0 facts"));
        // A count is a scale: the legend shows all its bands, and no "no fact" (every state has a count).
        assertThat(legend(doc)).containsExactly("0 facts", "1-2 facts", "3-5 facts", "6-10 facts", "11+ facts");
    }

    @Test
    void eachCategoryHasItsOwnColourAndAStateTakesItsCategorysColour() {
        Entity a = entity(EntityKind.GROUP, "a", "A", null);
        Entity b = entity(EntityKind.GROUP, "b", "B", null);
        StateMap map = new StateMap(null, List.of(), List.of(state("GRO", "Guerrero", "a", a, List.of("r")),
                state("VER", "Veracruz", "b", b, List.of("r")), state("JAL", "Jalisco", StateMap.SEVERAL, null, List.of("r")),
                state("SIN", "Sinaloa", StateMap.NO_DOMINANT, null, List.of("r")), state("SON", "Sonora", null, null, List.of()),
                state("COL", "Colima", "a", a, List.of("r"))));
        Document doc = parse(svg(map, List.of(report("r", "2020")), null));
        Map<String, String> fills = fills(doc);
        assertThat(fills.get("MX-GRO")).isEqualTo(fills.get("MX-COL"));
        assertThat(List.of(fills.get("MX-GRO"), fills.get("MX-VER"), fills.get("MX-JAL"), fills.get("MX-SIN"), fills.get("MX-SON")))
                .doesNotHaveDuplicates().allMatch(c -> c.matches("#[0-9a-f]{6}"));
        assertThat(swatches(doc)).containsExactly(fills.get("MX-GRO"), fills.get("MX-VER"), fills.get("MX-JAL"), fills.get("MX-SIN"), fills.get("MX-SON"));
        assertThat(legend(doc)).containsExactly("A (a)", "B (b)", "several groups dominant", "groups present, none dominant",
                "no fact in the reports searched");
    }
}
