package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mxsec.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each query command's output on the fixture corpus, in the human layout and the machine formats, compared
 * whole with golden files under src/test/resources/golden (rewrite them with -Dgolden.update=true).
 */
class QueryCommandsGoldenTest {
    /** Relative to the module, as a user would type it: output names a user corpus as given, the same on every machine. */
    private static final String FIXTURE = relative(Fixtures.validCorpus());
    private static final String SOURCES = Fixtures.sources().toString();

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("state-profile.txt", List.of("state", "test-guerrero")),
                Arguments.of("state-profile.json", List.of("state", "guerrero test", "-o", "json")),
                Arguments.of("state-profile.csv", List.of("state", "TGR", "-o", "csv")),
                Arguments.of("state-profile.tsv", List.of("state", "MX-TGR", "-o", "tsv")),
                Arguments.of("group-profile.txt", List.of("group", "cartel de prueba")),
                Arguments.of("group-profile-by-date.txt", List.of("group", "test-cartel", "--by", "date")),
                Arguments.of("group-profile.json", List.of("group", "cdp", "-o", "json")),
                Arguments.of("group-profile.csv", List.of("group", "test-cartel", "-o", "csv")),
                Arguments.of("person-profile.txt", List.of("person", "el jefe")),
                Arguments.of("policy-profile.txt", List.of("policy", "test framework")),
                Arguments.of("timeline.txt", List.of("timeline", "--report", "test-2020")),
                Arguments.of("timeline-by-year.txt", List.of("timeline", "--report", "test-2020", "--by", "year")),
                Arguments.of("timeline.csv", List.of("timeline", "--report", "test-2020", "-o", "csv")),
                Arguments.of("timeline.jsonl", List.of("timeline", "--report", "test-2020", "-o", "jsonl")),
                Arguments.of("compare-groups.txt", List.of("compare", "test-cartel", "ejecutores", "--width", "120")),
                Arguments.of("compare-groups-stacked.txt", List.of("compare", "test-cartel", "ejecutores", "--width", "40")),
                Arguments.of("compare-groups.json", List.of("compare", "test-cartel", "test-wing", "-o", "json")),
                Arguments.of("compare-groups.csv", List.of("compare", "test-cartel", "test-wing", "-o", "csv")),
                Arguments.of("compare-across-reports.txt", List.of("compare", "--across-reports", "test-cartel", "--report", "test-2020")),
                Arguments.of("figures.txt", List.of("figures", "--report", "test-2020")),
                Arguments.of("figures.csv", List.of("figures", "--report", "test-2020", "-o", "csv")),
                Arguments.of("figures.md", List.of("figures", "--report", "test-2020", "-o", "md")),
                Arguments.of("search.txt", List.of("search", "ejecutores", "--report", "test-2020")),
                Arguments.of("search.tsv", List.of("search", "jefe", "--report", "test-2020", "-o", "tsv")),
                Arguments.of("show-fact.txt", List.of("show", "test-2020/homicides-2019")),
                Arguments.of("show-fact.json", List.of("show", "test-2020/boss-leads", "-o", "json")),
                Arguments.of("show-entity.yaml", List.of("show", "group:test-wing", "-o", "yaml")),
                Arguments.of("recommendations.txt", List.of("recommendations", "--report", "test-2020")),
                Arguments.of("recommendations.csv", List.of("recommendations", "--report", "test-2020", "-o", "csv")),
                Arguments.of("facts.txt", List.of("facts", "--report", "test-2020", "--kind", "event,statistic")),
                Arguments.of("facts.csv", List.of("facts", "-o", "csv")),
                Arguments.of("facts.jsonl", List.of("facts", "--group", "test-cartel", "-o", "jsonl")),
                Arguments.of("show-fact-quote.txt", List.of("show", "test-2020/homicides-2019", "--quote", "--sources", SOURCES)),
                Arguments.of("show-fact-quote.json", List.of("show", "test-2020/boss-leads", "--quote", "--sources", SOURCES, "-o", "json")),
                Arguments.of("group-profile-quote.txt", List.of("group", "test-cartel", "--quote", "--sources", SOURCES)));
    }

    private static final List<String> BOUNDS = List.of("--corpus", relative(Fixtures.boundsCorpus()), "--report", "bounds-2019",
            "--report", "bounds-2022");

    /** Every bound form and every kind of link, in every format (the bounds fixture's two reports only). */
    static Stream<Arguments> bounds() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String format : List.of("table", "plain", "json", "jsonl", "yaml", "csv", "tsv", "md")) {
            cases.add(Arguments.of("bounds/figures." + format, List.of("figures", "-o", format)));
        }
        cases.add(Arguments.of("bounds/figures-chart.txt", List.of("figures", "--topic", "fragmentation,homicide,territory")));
        cases.add(Arguments.of("bounds/figures-chart-ascii.txt", List.of("figures", "--topic", "fragmentation,homicide,territory", "--ascii")));
        cases.add(Arguments.of("bounds/group.txt", List.of("group", "bounds-cartel")));
        cases.add(Arguments.of("bounds/group.json", List.of("group", "bounds-cartel", "-o", "json")));
        cases.add(Arguments.of("bounds/group-as-of-2020.json", List.of("group", "bounds-cartel", "--as-of", "2020", "-o", "json")));
        cases.add(Arguments.of("bounds/group-as-of-2020.txt", List.of("group", "bounds-cartel", "--as-of", "2020")));
        cases.add(Arguments.of("bounds/show-fact.txt", List.of("show", "bounds-2019/city-blockade")));
        cases.add(Arguments.of("bounds/show-figure.txt", List.of("show", "bounds-2019/displaced-hundreds-of-thousands")));
        cases.add(Arguments.of("bounds/search.txt", List.of("search", "criminal groups")));
        cases.add(Arguments.of("bounds/compare-across-reports.txt", List.of("compare", "--across-reports", "bounds-cartel", "--width", "120")));
        cases.add(Arguments.of("bounds/compare-across-reports.json", List.of("compare", "--across-reports", "bounds-cartel", "-o", "json")));
        return cases.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounds")
    void boundsAndLinksMatchTheirGoldenFiles(String golden, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(BOUNDS);
        run(golden, all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void outputMatchesItsGoldenFile(String golden, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--corpus", FIXTURE));
        run(golden, all);
    }

    private static String relative(java.nio.file.Path dir) {
        return java.nio.file.Path.of("").toAbsolutePath().relativize(dir).toString();
    }

    private static void run(String golden, List<String> all) {
        if (!all.contains("--width")) all.addAll(List.of("--width", "100"));
        CliRunner.Result r = CliRunner.mxsec(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        assertThat(r.out()).as(r.toString()).isEqualTo(Fixtures.golden(golden, r.out()));
    }
}
