package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.load.BuiltInCorpus;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import org.junit.jupiter.api.Test;

/** What {@code figures} lines up, as records: on the built-in corpus. */
class SeriesTest {
    private static final Corpus CORPUS = BuiltInCorpus.load();
    private static final FactFilter HOMICIDE = new FactFilter(Set.of(), null, null, null, Set.of(), Set.of("homicide"), Map.of());

    private static List<String> ids(List<Fact> facts) {
        List<String> ids = new ArrayList<>();
        for (Fact f : facts) ids.add(f.globalId());
        return ids;
    }

    @Test
    void theHomicideSeriesAreTheMeasuresWithTwoOrMoreFiguresInDateOrder() {
        List<Fact> figures = Series.figures(CORPUS, HOMICIDE, List.of(), true);
        assertThat(figures).extracting(Fact::kind).containsOnly(FactKind.STATISTIC);
        List<Series> series = Series.of(figures);
        assertThat(series).extracting(Series::title)
                .containsExactly("conflict-deaths (deaths)", "homicide-rate (per-100k)", "homicide-rate-decline (percent)", "homicides (deaths)");
        Series rate = series.get(1);
        assertThat(rate.measure()).isEqualTo("homicide-rate");
        assertThat(rate.unit()).isEqualTo("per-100k");
        assertThat(ids(rate.points())).containsExactly("ellis-2018-may/homicide-rate-2017", "felbab-brown-2024/homicide-rate-2018",
                "felbab-brown-2024/homicide-rate-2023");
        assertThat(ids(series.get(3).points())).containsExactly("ellis-2022/homicides-per-year-33000", "felbab-brown-2024/homicides-2023");
        // One figure of a measure makes no series.
        assertThat(ids(figures)).contains("ellis-2018-may/homicide-rate-increase-2017");
        for (Series s : series) assertThat(ids(s.points())).doesNotContain("ellis-2018-may/homicide-rate-increase-2017");
    }

    @Test
    void measuresNarrowTheFiguresAndWithoutSeriesTheyGoByDate() {
        List<Fact> figures = Series.figures(CORPUS, FactFilter.ALL, List.of("homicides", "homicide-rate"), true);
        assertThat(figures).extracting(f -> f.statistic().measure()).containsOnly("homicides", "homicide-rate");
        assertThat(figures).extracting(f -> f.statistic().measure()).isSorted();
        List<Fact> byDate = Series.figures(CORPUS, FactFilter.ALL, List.of(), false);
        for (int i = 1; i < byDate.size(); i++) {
            assertThat(byDate.get(i - 1).effectiveDate().compareTo(byDate.get(i).effectiveDate())).isLessThanOrEqualTo(0);
        }
    }
}
