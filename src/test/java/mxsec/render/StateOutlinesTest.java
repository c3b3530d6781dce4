package mxsec.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import org.junit.jupiter.api.Test;

/** The outlines resource: one outline for each of the built-in corpus's 32 states, matched by ISO code, and its credit. */
class StateOutlinesTest {
    private static final String POINT = "-?[0-9]+(\\.[0-9])?,-?[0-9]+(\\.[0-9])?";

    @Test
    void everyBuiltInStateHasExactlyOneOutlineAndThereAreNoOthers() {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        List<String> states = new ArrayList<>();
        for (Entity s : corpus.entities(EntityKind.STATE)) states.add(s.attribute("iso"));
        assertThat(states).hasSize(32).doesNotHaveDuplicates();
        StateOutlines outlines = StateOutlines.read(); // refuses an ISO code given twice
        List<String> isos = new ArrayList<>();
        for (String iso : outlines.isos()) isos.add(iso);
        assertThat(isos).containsExactlyInAnyOrderElementsOf(states);
        // And the tile map, which lists the states a map asks for, has the same 32.
        List<String> grid = new ArrayList<>();
        for (String iso : TileMap.states()) grid.add("MX-" + iso);
        assertThat(grid).containsExactlyInAnyOrderElementsOf(states);
    }

    @Test
    void pathsAreClosedSubpathsOfLineSegmentsInsideTheViewBox() {
        StateOutlines outlines = StateOutlines.read();
        assertThat(outlines.width()).isEqualTo(793);
        assertThat(outlines.height()).isEqualTo(498);
        for (String iso : outlines.isos()) {
            String d = outlines.path(iso);
            assertThat(d).as(iso).startsWith("M").endsWith("z");
            for (String sub : d.substring(1, d.length() - 1).split("zM", -1)) { // a regex over a whole path overflows the stack
                String[] parts = sub.split("l", -1);
                assertThat(parts.length).as(iso).isBetween(1, 2);
                assertThat(parts[0]).as(iso).matches(POINT);
                if (parts.length == 2) for (String step : parts[1].split(" ", -1)) assertThat(step).as(iso).matches(POINT);
            }
            java.awt.geom.Rectangle2D box = Outline.of(d).getBounds2D();
            assertThat(box.getMinX()).as(iso).isGreaterThanOrEqualTo(0);
            assertThat(box.getMinY()).as(iso).isGreaterThanOrEqualTo(0);
            assertThat(box.getMaxX()).as(iso).isLessThanOrEqualTo(outlines.width());
            assertThat(box.getMaxY()).as(iso).isLessThanOrEqualTo(outlines.height());
            assertThat(box.getWidth() * box.getHeight()).as(iso).isGreaterThan(40); // Mexico City is the smallest
        }
    }

    @Test
    void theCreditNamesTheSourceItsAuthorAndItsLicence() {
        assertThat(StateOutlines.read().credit()).contains("@svg-maps/mexico 2.0.0", "Victor Cazanave", "MapSVG", "CC BY 4.0",
                "https://creativecommons.org/licenses/by/4.0/");
    }
}
