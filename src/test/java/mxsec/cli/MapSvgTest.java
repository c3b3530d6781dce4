package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import mxsec.Fixtures;
import mxsec.render.Outline;
import mxsec.render.SvgDocs;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code map -o svg} through the command line: the picture parses as SVG with 32 state shapes that carry their values,
 * renders to a PNG whose states have their colours (Batik), and matches its golden file on the map fixture corpus.
 */
class MapSvgTest {
    private static final List<String> FIXTURE = List.of("--corpus", Fixtures.resource("fixtures/map").toString(),
            "--report", "map-2019", "--report", "map-2021");

    private static CliRunner.Result svg(String... args) {
        List<String> all = new ArrayList<>(List.of("map", "-o", "svg"));
        all.addAll(List.of(args));
        CliRunner.Result r = mxsec(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    private static String[] fixture(String... more) {
        List<String> all = new ArrayList<>(FIXTURE);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The state-to-value table of the same map, as -o json gives it: iso to [name, value or null, reports]. */
    private static Map<String, JsonNode> table(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("map", "-o", "json"));
        all.addAll(List.of(args));
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (JsonNode row : new ObjectMapper().readTree(mxsec(all.toArray(String[]::new)).out())) out.put(row.get("iso").asText(), row);
        return out;
    }

    @Test
    void everyStateIsOneShapeWhoseTooltipGivesItsValueAndReports() throws Exception {
        Document doc = SvgDocs.parse(svg().out());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).matches("0 0 [0-9]+ [0-9]+");
        Map<String, String> tooltips = SvgDocs.tooltips(doc);
        Map<String, JsonNode> table = table();
        assertThat(tooltips).hasSize(32).doesNotContainValue(null);
        assertThat(tooltips.keySet()).containsExactlyInAnyOrderElementsOf(table.keySet());
        Set<String> used = new HashSet<>();
        for (JsonNode row : table.values()) {
            String tip = tooltips.get(row.get("iso").asText());
            assertThat(tip).startsWith(row.get("name").asText() + ": ");
            if (row.get("value").isNull()) {
                assertThat(tip).endsWith(": no fact in the reports searched");
                used.add("no fact in the reports searched");
                continue;
            }
            List<String> reports = new ArrayList<>();
            for (JsonNode r : row.get("reports")) reports.add(r.asText());
            assertThat(tip).endsWith(" (reports: " + String.join(", ", reports) + ")");
            String value = row.get("value").asText();
            if (value.equals("no dominant group")) used.add("groups present, none dominant");
            else used.add(tip.substring(tip.indexOf(": ") + 2, tip.lastIndexOf(" (reports: ")));
            if (!value.equals("no dominant group")) assertThat(tip).contains("(" + value + ")");
        }
        assertThat(tooltips.get("MX-VER")).isEqualTo("Veracruz: Cártel de Jalisco Nueva Generación (cjng) (reports: ellis-2022)");
        // The legend has the categories the states use, and only those.
        assertThat(SvgDocs.legend(doc)).containsExactlyInAnyOrderElementsOf(used);
        List<String> captions = SvgDocs.captions(doc);
        assertThat(captions.get(0)).isEqualTo("Dominant groups by state");
        assertThat(captions.get(1)).isEqualTo("From ellis-2018-mar (2018-03-02), ellis-2022 (2022-08), felbab-brown-2024 (2024-11): "
                + "the newest report that speaks of each state; 5 reports searched");
        assertThat(captions.get(2)).contains("@svg-maps/mexico 2.0.0", "CC BY 4.0");
        assertThat(SvgDocs.elements(doc, "title", null).get(0).getTextContent()).isEqualTo("Dominant groups by state");
    }

    @Test
    void theFixtureCorpusMatchesItsGoldenFile() {
        String out = svg(fixture()).out();
        assertThat(out).isEqualTo(Fixtures.golden("map-fixture.svg", out));
        Document doc = SvgDocs.parse(out);
        Map<String, String> tips = SvgDocs.tooltips(doc);
        assertThat(tips.get("MX-GRO")).isEqualTo("Guerrero: several groups dominant (map-hills, map-coast) (reports: map-2021)");
        assertThat(tips.get("MX-SON")).isEqualTo("Sonora: groups present, none dominant (reports: map-2021)");
        assertThat(tips.get("MX-JAL")).isEqualTo("Jalisco: Los Costeños (map-coast) (reports: map-2019)");
        assertThat(tips.get("MX-VER")).isEqualTo("Veracruz: Cártel \"Norte\" <&> Sur's (map-north) (reports: map-2021)");
        assertThat(tips.get("MX-OAX")).isEqualTo("Oaxaca: no fact in the reports searched");
        assertThat(SvgDocs.legend(doc)).containsExactly("Los Costeños (map-coast)", "Cártel \"Norte\" <&> Sur's (map-north)",
                "several groups dominant", "groups present, none dominant", "no fact in the reports searched");
    }

    @Test
    void aGroupsReachATopicAndAsOfWorkAsInTheTerminal() throws Exception {
        Document reach = SvgDocs.parse(svg("--group", "cjng").out());
        assertThat(SvgDocs.captions(reach).get(0)).isEqualTo("Where Cártel de Jalisco Nueva Generación is, by state");
        assertThat(SvgDocs.tooltips(reach).get("MX-VER")).isEqualTo("Veracruz: dominant (reports: ellis-2022)");
        assertThat(SvgDocs.legend(reach)).startsWith("dominant").contains("no fact in the reports searched");
        Map<String, JsonNode> statuses = table("--group", "cjng");
        for (Map.Entry<String, String> tip : SvgDocs.tooltips(reach).entrySet()) {
            JsonNode value = statuses.get(tip.getKey()).get("value");
            if (!value.isNull()) assertThat(tip.getValue()).contains(": " + value.asText() + " (reports: ");
        }

        Document topic = SvgDocs.parse(svg("--topic", "fuel-theft", "--report", "ellis-2018-mar").out());
        assertThat(SvgDocs.captions(topic).get(0)).isEqualTo("Facts on fuel-theft by state");
        assertThat(SvgDocs.captions(topic).get(1)).isEqualTo("Facts counted from ellis-2018-mar (2018-03-02); 1 report searched");
        assertThat(SvgDocs.legend(topic)).containsExactly("0 facts", "1-2 facts", "3-5 facts", "6-10 facts", "11+ facts");
        Map<String, JsonNode> counts = table("--topic", "fuel-theft", "--report", "ellis-2018-mar");
        int counted = 0;
        for (Map.Entry<String, String> tip : SvgDocs.tooltips(topic).entrySet()) {
            String n = counts.get(tip.getKey()).get("value").asText();
            assertThat(tip.getValue()).contains(": " + n + (n.equals("1") ? " fact" : " facts"));
            counted += Integer.parseInt(n);
        }
        assertThat(counted).isPositive();

        Document then = SvgDocs.parse(svg("--as-of", "2018").out());
        assertThat(SvgDocs.captions(then).get(1)).endsWith("3 reports searched, published by 2018-12-31").doesNotContain("ellis-2022");
        assertThat(SvgDocs.tooltips(then).get("MX-VER")).isEqualTo("Veracruz: Los Zetas (zetas) (reports: ellis-2018-mar)");
        for (String tip : SvgDocs.tooltips(then).values()) assertThat(tip).doesNotContain("ellis-2022", "felbab-brown-2024");
    }

    @Test
    void aPictureIsAlwaysInColourAndOtherCommandsRefuseIt() {
        String piped = svg().out();
        CliRunner.Result terminal = new CliRunner().terminal().run("map", "-o", "svg", "--color", "always");
        assertThat(terminal.out()).isEqualTo(piped).doesNotContain("\u001b");
        assertThat(new CliRunner().env("NO_COLOR", "1").run("map", "-o", "svg").out()).isEqualTo(piped);
        CliRunner.Result state = mxsec("state", "guerrero", "-o", "svg");
        assertThat(state.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(state.err()).startsWith("mxsec: unknown format 'svg' for 'mxsec state': the formats are table, plain, json, jsonl, "
                + "yaml, csv, tsv, md (-o svg is for 'mxsec map')");
        assertThat(mxsec("graph", "-o", "svg").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void itRendersToAPictureWhereEachStateHasItsColour() throws Exception {
        String svg = svg(fixture()).out();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PNGTranscoder().transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
        Path file = Path.of("target", "map-fixture.png"); // to look at
        Files.createDirectories(file.getParent());
        Files.write(file, png.toByteArray());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        Document doc = SvgDocs.parse(svg);
        assertThat(image.getWidth()).isEqualTo(Integer.parseInt(doc.getDocumentElement().getAttribute("width")));
        assertThat(image.getHeight()).isEqualTo(Integer.parseInt(doc.getDocumentElement().getAttribute("height")));

        // Not blank: many colours, and much of the picture is not the white background.
        Set<Integer> colours = new HashSet<>();
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) inked++;
            }
        }
        assertThat(colours.size()).isGreaterThan(20);
        assertThat(inked).isGreaterThan(image.getWidth() * image.getHeight() / 8); // Mexico covers ~19% of the picture

        // Inside each state, the picture has the state's fill.
        String transform = ((Element) SvgDocs.elements(doc, "g", null).get(0)).getAttribute("transform");
        String[] offset = transform.substring("translate(".length(), transform.length() - 1).split(" ");
        int dx = Integer.parseInt(offset[0]);
        int dy = Integer.parseInt(offset[1]);
        Map<String, String> fills = SvgDocs.fills(doc);
        assertThat(new HashSet<>(fills.values())).hasSize(5); // the fixture's four categories and "no fact"
        for (Element p : SvgDocs.elements(doc, "path", "state")) {
            Path2D shape = Outline.of(p.getAttribute("d"));
            double[] at = Outline.inside(shape, 1.5);
            if (at == null) continue; // a state too thin for a clean pixel (none of the four checked below)
            int rgb = image.getRGB((int) Math.round(at[0] + dx), (int) Math.round(at[1] + dy)) & 0xFFFFFF;
            assertThat(String.format("#%06x", rgb)).as(p.getAttribute("id") + " at " + at[0] + "," + at[1])
                    .isEqualTo(fills.get(p.getAttribute("id")));
        }
        for (String iso : List.of("MX-GRO", "MX-SON", "MX-JAL", "MX-VER")) {
            assertThat(Outline.inside(Outline.of(pathOf(doc, iso)), 1.5)).as(iso).isNotNull();
        }
    }

    private static String pathOf(Document doc, String iso) {
        for (Element p : SvgDocs.elements(doc, "path", "state")) if (p.getAttribute("id").equals(iso)) return p.getAttribute("d");
        throw new AssertionError("no path " + iso);
    }
}
