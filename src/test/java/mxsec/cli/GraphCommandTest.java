package mxsec.cli;

import mxsec.cli.completion.CompletionModel;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mxsec.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** graph through the real command line: the shared output options, every format parsed, the drawings in golden files. */
class GraphCommandTest {
    /** CJNG's relations in two reports: allies in 2016, rivals from 2018. */
    private static final List<String> CJNG = List.of("graph", "--group", "cjng", "--report", "ellis-2016", "--report", "ellis-2018-mar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRunner.Result graph(String... more) {
        List<String> args = new ArrayList<>(CJNG);
        args.addAll(List.of(more));
        return run(args);
    }

    private static CliRunner.Result run(List<String> args) {
        CliRunner.Result r = new CliRunner().env("LANG", "en_US.UTF-8").run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    /** The edges as the JSON document gives them: what every other format must agree with. */
    private static JsonNode edges() throws Exception {
        JsonNode doc = JSON.readTree(graph("-o", "json").out());
        assertThat(doc.get("nodes")).isNotEmpty();
        assertThat(doc.get("nodes").get(0).fieldNames()).toIterable().containsExactly("id", "name");
        JsonNode edges = doc.get("edges");
        assertThat(edges.size()).isGreaterThan(2);
        assertThat(edges.get(0).fieldNames()).toIterable().containsExactly("from", "type", "to", "directed", "reports", "dates", "facts");
        return edges;
    }

    @Test
    void jsonLinesAndYamlCarryTheSameEdges() throws Exception {
        JsonNode edges = edges();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : graph("-o", "jsonl").out().split("\n")) lines.add(JSON.readTree(line));
        assertThat(lines).containsExactlyElementsOf(edges::elements);
        JsonNode yaml = new YAMLMapper().readTree(graph("-o", "yaml").out());
        assertThat(yaml.get("edges")).isEqualTo(edges);
        assertThat(yaml.get("nodes")).isEqualTo(JSON.readTree(graph("-o", "json").out()).get("nodes"));
    }

    @Test
    void csvAndTsvAreTheEdgesAsRows() throws Exception {
        JsonNode edges = edges();
        List<List<String>> csv = Csv.parse(graph("-o", "csv").out());
        assertThat(csv.get(0)).containsExactly("from", "type", "to", "directed", "reports", "dates", "facts");
        assertThat(csv).hasSize(edges.size() + 1);
        List<String> tsv = List.of(graph("-o", "tsv").out().split("\n"));
        assertThat(tsv).hasSize(edges.size() + 1);
        for (int i = 0; i < edges.size(); i++) {
            JsonNode e = edges.get(i);
            List<String> expected = List.of(e.get("from").asText(), e.get("type").asText(), e.get("to").asText(),
                    e.get("directed").asText(), joined(e.get("reports")), joined(e.get("dates")), joined(e.get("facts")));
            assertThat(csv.get(i + 1)).containsExactlyElementsOf(expected);
            assertThat(tsv.get(i + 1).split("\t", -1)).containsExactlyElementsOf(expected);
        }
    }

    private static String joined(JsonNode list) {
        List<String> items = new ArrayList<>();
        list.forEach(n -> items.add(n.asText()));
        return String.join("; ", items);
    }

    @Test
    void markdownIsATableOfTheEdges() throws Exception {
        List<String> md = List.of(graph("-o", "md").out().split("\n"));
        assertThat(md.get(0)).isEqualTo("| from | type | to | directed | reports | dates | facts |");
        assertThat(md).hasSize(edges().size() + 2);
    }

    @Test
    void theTableHonoursWidthAndColour() throws Exception {
        // Sinaloa's rivalry with CJNG is stated by four reports: at 60 columns its lists wrap, unwrapped they do not.
        long edges = JSON.readTree(run(List.of("graph", "--group", "sinaloa", "-o", "json")).out()).get("edges").size();
        List<String> narrow = run(List.of("graph", "--group", "sinaloa", "--width", "60")).out().lines().toList();
        List<String> unwrapped = run(List.of("graph", "--group", "sinaloa", "--width", "0")).out().lines().toList();
        assertThat(unwrapped).hasSize((int) edges + 1);
        assertThat(narrow.size()).isGreaterThan(unwrapped.size());
        assertThat(narrow.get(0)).startsWith("FROM  ").doesNotContain("\u001b");
        assertThat(narrow).anySatisfy(line -> assertThat(line).startsWith("      ")); // a wrapped cell's second line
        assertThat(graph("--color", "always").out()).startsWith("\u001b[1mFROM  ");
        assertThat(graph("-o", "plain").out().lines()).allSatisfy(line -> assertThat(line.split("\t")).hasSize(5));
    }

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("graph-cjng-sinaloa.txt", List.of("--width", "80")),
                Arguments.of("graph-cjng-sinaloa.dot", List.of("-o", "dot")),
                Arguments.of("graph-cjng-sinaloa.mmd", List.of("-o", "mermaid")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void theTableAndTheDrawingsMatchTheirGoldenFiles(String golden, List<String> args) {
        String out = graph(args.toArray(String[]::new)).out();
        assertThat(out).isEqualTo(Fixtures.golden(golden, out));
    }

    @Test
    void aNarrowTableMatchesItsGoldenFile() {
        String out = run(List.of("graph", "--group", "sinaloa", "--width", "60")).out();
        assertThat(out).isEqualTo(Fixtures.golden("graph-sinaloa-60.txt", out));
    }

    @Test
    void nothingMatchedIsSaidOnStderrWithAnEmptyDocument() throws Exception {
        CliRunner.Result json = mxsec("graph", "--as-of", "2010", "-o", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.err()).isEqualTo("mxsec: no relations between groups match the filters\n");
        assertThat(JSON.readTree(json.out()).get("edges")).isEmpty();
        CliRunner.Result yaml = mxsec("graph", "--as-of", "2010", "-o", "yaml");
        assertThat(new YAMLMapper().readTree(yaml.out()).get("nodes")).isEmpty();
        CliRunner.Result table = mxsec("graph", "--as-of", "2010");
        assertThat(table.exitCode()).isEqualTo(1);
        assertThat(table.out()).isEmpty();
        assertThat(table.err()).isEqualTo("mxsec: no relations between groups match the filters\n");
    }

    @Test
    void dotAndMermaidAreGraphsAloneAndTheErrorSaysSo() {
        CliRunner.Result r = mxsec("state", "-o", "dot");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("mxsec: unknown format 'dot' for 'mxsec state': the formats are table, plain, json, jsonl, yaml, csv, tsv, md"
                + " (-o dot is for 'mxsec graph')\nTry 'mxsec state --help' for more information.\n");
        assertThat(mxsec("reports", "-o", "Mermaid").err()).startsWith("mxsec: unknown format 'Mermaid' for 'mxsec reports': the formats are table,")
                .contains("(-o mermaid is for 'mxsec graph')");
        CliRunner.Result xml = mxsec("graph", "-o", "xml");
        assertThat(xml.exitCode()).isEqualTo(2);
        assertThat(xml.err()).startsWith("mxsec: unknown format 'xml' for 'mxsec graph': the formats are table, plain, json, jsonl, yaml, csv,"
                + " tsv, md, dot, mermaid\n");
        assertThat(mxsec("graph", "-o", "DOT").exitCode()).isZero();
    }

    @Test
    void completionOffersGraphsFormatsToGraphAloneAndSvgToMap() {
        RunContext context = new RunContext(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), java.util.Map.of(), false);
        CompletionModel model = CompletionModel.of(Main.commandLine(context), CorpusOptions.load(List.of()));
        List<String> shared = List.of("table", "plain", "json", "jsonl", "yaml", "csv", "tsv", "md");
        List<String> graphs = new ArrayList<>(shared);
        graphs.addAll(List.of("dot", "mermaid"));
        List<String> map = new ArrayList<>(shared);
        map.add("svg");
        for (CompletionModel.Command c : model.commands()) {
            for (CompletionModel.Option o : c.options()) {
                if (!o.names().contains("--format")) continue;
                // map adds svg; cite's formats are its own (citation formats), none of these
                List<String> expected = c.name().equals("graph") ? graphs : c.name().equals("map") ? map
                        : c.name().equals("cite") ? List.of("text", "bibtex", "ris", "csl-json") : shared;
                assertThat(o.values().words()).as(c.name()).isEqualTo(expected);
            }
        }
        assertThat(model.command("map").options()).extracting(o -> o.names().get(0)).contains("--width", "--color", "--ascii", "--raw");
        assertThat(model.command("graph").options()).extracting(o -> o.names().get(0)).contains("--width", "--color", "--ascii", "--raw");
    }

    /** RFC 4180, as far as the test needs: quoted cells with doubled quotes, CRLF rows. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            assertThat(text).endsWith("\r\n");
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') cell.append(text.charAt(++i));
                    else if (c == '"') quoted = false;
                    else cell.append(c);
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}
