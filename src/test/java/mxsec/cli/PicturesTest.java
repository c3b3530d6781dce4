package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mxsec.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Map, lineage, graph and charts: golden files in colour, without colour and in ASCII; DOT rendered by Graphviz. */
class PicturesTest {
    @TempDir
    Path temp;

    static Stream<Arguments> pictures() {
        return Stream.of(
                Arguments.of("map-ellis-2016.txt", false, List.of("map", "--report", "ellis-2016")),
                Arguments.of("map-ellis-2016-color.txt", true, List.of("map", "--report", "ellis-2016")),
                Arguments.of("map-group-cjng-2022.txt", false, List.of("map", "--group", "cjng", "--report", "ellis-2022")),
                Arguments.of("map-topic-ascii.txt", false, List.of("map", "--topic", "fuel-theft", "--report", "ellis-2018-mar", "--ascii")),
                Arguments.of("map-topic.csv", false, List.of("map", "--topic", "fuel-theft", "--report", "ellis-2018-mar", "-o", "csv")),
                Arguments.of("lineage-sinaloa.txt", false, List.of("lineage", "sinaloa-cartel", "--report", "ellis-2022")),
                Arguments.of("lineage-sinaloa-ascii.txt", false, List.of("lineage", "sinaloa-cartel", "--report", "ellis-2022", "--ascii")),
                Arguments.of("lineage-sinaloa-color.txt", true, List.of("lineage", "sinaloa-cartel", "--report", "ellis-2022")),
                Arguments.of("graph-cjng-sinaloa.dot", false, List.of("graph", "--group", "cjng", "--report", "ellis-2016", "--report", "ellis-2018-mar", "-o", "dot")),
                Arguments.of("graph-cjng-sinaloa.mmd", false, List.of("graph", "--group", "cjng", "--report", "ellis-2016", "--report", "ellis-2018-mar", "-o", "mermaid")),
                Arguments.of("figures-chart.txt", false, List.of("figures", "--measure", "homicide-rate", "--width", "90")),
                Arguments.of("figures-chart-ascii-color.txt", true, List.of("figures", "--measure", "homicide-rate", "--width", "90", "--ascii")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pictures")
    void picturesMatchTheirGoldenFiles(String golden, boolean color, List<String> args) {
        CliRunner runner = new CliRunner().env("LANG", "en_US.UTF-8");
        if (color) runner.terminal();
        CliRunner.Result r = runner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(Fixtures.golden(golden, r.out()));
        if (!color) assertThat(r.out()).doesNotContain("\u001b");
        if (args.contains("--ascii")) assertThat(r.out().replaceAll("\u001b\\[[0-9;]*m", "")).matches("(?s)[\\x20-\\x7e\\n\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00c1\u00c9]*");
    }

    @Test
    void aNonUtf8LocaleGetsAscii() {
        String out = new CliRunner().env("LANG", "C").run("lineage", "sinaloa-cartel", "--report", "ellis-2022").out();
        assertThat(out).contains("|-- ").doesNotContain("\u251c");
    }

    @Test
    void theDotGraphIsValidForGraphviz() throws Exception {
        Tools.require(Tools.Tool.DOT);
        Path dot = temp.resolve("g.dot");
        Files.writeString(dot, mxsec("graph", "-o", "dot").out());
        String svg = Tools.run(List.of("dot", "-Tsvg", dot.toString()));
        assertThat(svg).contains("<svg").contains("Sinaloa Cartel").contains("Cártel de Jalisco Nueva Generación");
    }

    @Test
    void cjngAndSinaloaGoFromAlliesToRivals() throws Exception {
        JsonNode graph = new ObjectMapper().readTree(mxsec("graph", "--group", "cjng", "-o", "json").out());
        List<String> relations = new java.util.ArrayList<>();
        for (JsonNode e : graph.get("edges")) {
            boolean pair = (e.get("from").asText() + e.get("to").asText()).matches("(cjngsinaloa-cartel|sinaloa-cartelcjng)");
            if (pair) relations.add(e.get("type").asText() + " " + e.get("reports"));
        }
        assertThat(relations).anyMatch(r -> r.startsWith("alliance") && r.contains("ellis-2016"))
                .anyMatch(r -> r.startsWith("rivalry") && r.contains("ellis-2018-mar"));
    }

    @Test
    void mapTableCoversAll32StatesAndRefusesTwoModes() {
        CliRunner.Result r = mxsec("map", "-o", "tsv");
        assertThat(r.out().lines().skip(1)).hasSize(32);
        assertThat(mxsec("map", "--group", "cjng", "--topic", "homicide").err()).isEqualTo("mxsec: choose one of --group and --topic\n");
    }

    @Test
    void lineageOfAGroupWithoutRelativesSaysSo() {
        CliRunner.Result r = mxsec("lineage", "test-boss-gang-does-not-exist");
        assertThat(r.exitCode()).isEqualTo(2);
        CliRunner.Result none = new CliRunner().run("lineage", "test-cartel", "--corpus", Fixtures.validCorpus().toString(), "--report", "ellis-2016");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.out()).startsWith("Cártel de Prueba: no split, offshoot, faction or armed wing recorded in the 1 report searched");
    }
}
