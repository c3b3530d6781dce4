package mxsec.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mxsec.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of corpus/schema (for editors) accept every file of the built-in corpus and of the bounds
 * fixture, and refuse what the loader refuses about a figure's bound: the schema and the loader agree on the
 * one way to write each bound.
 */
class SchemaTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schema(String name) throws Exception {
        return REGISTRY.getSchema(Files.readString(Path.of("corpus/schema", name)), InputFormat.JSON);
    }

    private static List<String> errors(Schema schema, JsonNode file) {
        return schema.validate(file).stream().map(Error::toString).toList();
    }

    @Test
    void everyCorpusFileMatchesItsSchema() throws Exception {
        Schema reports = schema("report.schema.json"), entities = schema("entities.schema.json");
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("corpus"), Fixtures.boundsCorpus())) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".yaml") && (p.getParent().endsWith("reports") || p.getParent().endsWith("entities")))
                        .sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(12);
        for (Path p : files) {
            Schema s = p.getParent().endsWith("reports") ? reports : entities;
            for (String e : errors(s, YAML.readTree(p.toFile()))) problems.add(p + ": " + e);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aFiguresNumbersMustBeThoseItsBoundTakes() throws Exception {
        Schema reports = schema("report.schema.json");
        JsonNode file = YAML.readTree(Fixtures.boundsCorpus().resolve("reports/bounds-2019.yaml").toFile());
        assertThat(errors(reports, file)).isEmpty();
        // "up to 245" written with a value, as an estimate, or with the old fields: each refused.
        for (String[] change : new String[][] {{"value", "245"}, {"upper", "300"}, {"estimate", "true"}, {"bound", "upto"}}) {
            JsonNode broken = file.deepCopy();
            ObjectNode upTo = (ObjectNode) broken.get("facts").get(0);
            upTo.set(change[0], YAML.readTree(change[1]));
            assertThat(errors(reports, broken)).as(String.join(": ", change)).isNotEmpty();
        }
        JsonNode noHigh = file.deepCopy();
        ((ObjectNode) noHigh.get("facts").get(0)).remove("high");
        assertThat(errors(reports, noHigh)).isNotEmpty();
        JsonNode badLink = file.deepCopy();
        ((ObjectNode) badLink.get("facts").get(0)).set("contradicts", YAML.readTree("[not a fact id]"));
        assertThat(errors(reports, badLink)).isNotEmpty();
    }
}
