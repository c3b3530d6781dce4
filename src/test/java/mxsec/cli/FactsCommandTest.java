package mxsec.cli;

import static mxsec.cli.CliRunner.mxsec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mxsec.Fixtures;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.render.FactView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code mxsec facts}: the whole dataset, read back by the parsers a researcher uses; its filters agree with the other commands'. */
class FactsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void csvHasOneRowPerFactOfTheCorpusAndTheCodebooksColumns() throws Exception {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        CliRunner.Result r = mxsec("facts", "-o", "csv");
        assertThat(r.exitCode()).isZero();
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows).hasSize(corpus.facts().size());
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(FactView.COLUMNS);
        Set<String> ids = new HashSet<>();
        for (CSVRecord row : rows) {
            assertThat(row.size()).isEqualTo(FactView.COLUMNS.size());
            ids.add(row.get("id"));
        }
        Set<String> expected = new HashSet<>();
        for (Fact f : corpus.facts()) expected.add(f.globalId());
        assertThat(ids).isEqualTo(expected);
        // Entity columns hold ids joined with "; ", as the codebook says.
        Fact withTwoGroups = corpus.facts().stream().filter(f -> f.refs(mxsec.model.EntityKind.GROUP).size() > 1).findFirst().orElseThrow();
        CSVRecord row = rows.stream().filter(x -> x.get("id").equals(withTwoGroups.globalId())).findFirst().orElseThrow();
        assertThat(row.get("groups").split("; ")).containsExactlyElementsOf(withTwoGroups.refs(mxsec.model.EntityKind.GROUP));
    }

    @Test
    void everyColumnIsInTheCodebook() throws Exception {
        String codebook = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "codebook.md"));
        for (String column : FactView.COLUMNS) assertThat(codebook).as(column).contains("| `" + column + "` |");
    }

    @Test
    void statisticsOnHomicideAreTheFiguresOnHomicide() throws Exception {
        CliRunner.Result facts = mxsec("facts", "--kind", "statistic", "--topic", "homicide", "-o", "jsonl");
        CliRunner.Result figures = mxsec("figures", "--topic", "homicide", "-o", "json");
        assertThat(facts.exitCode()).isZero();
        Set<String> fromFacts = new TreeSet<>();
        for (String line : facts.out().split("\n")) fromFacts.add(JSON.readTree(line).get("id").asText());
        Set<String> fromFigures = new TreeSet<>();
        for (JsonNode f : JSON.readTree(figures.out())) fromFigures.add(f.get("id").asText());
        assertThat(fromFacts).isNotEmpty().isEqualTo(fromFigures);
    }

    @Test
    void entityFiltersAgreeWithTheProfiles() throws Exception {
        // The group profile lists the facts about CJNG; facts --group lists the same set.
        CliRunner.Result facts = mxsec("facts", "--group", "cjng", "-o", "json");
        CliRunner.Result profile = mxsec("group", "cjng", "-o", "jsonl");
        Set<String> a = new TreeSet<>();
        for (JsonNode f : JSON.readTree(facts.out())) a.add(f.get("id").asText());
        Set<String> b = new TreeSet<>();
        for (String line : profile.out().split("\n")) b.add(JSON.readTree(line).get("id").asText());
        assertThat(a).hasSizeGreaterThan(50).isEqualTo(b);
        CliRunner.Result amlo = mxsec("facts", "--administration", "amlo", "--since", "2020", "-o", "json");
        assertThat(amlo.exitCode()).isZero();
        for (JsonNode f : JSON.readTree(amlo.out())) {
            List<String> admins = new ArrayList<>();
            f.get("administrations").forEach(x -> admins.add(x.asText()));
            assertThat(admins).contains("lopez-obrador");
        }
    }

    @Test
    void noMatchIsExitOneAndUnknownNamesAreUsageErrors() {
        CliRunner.Result none = mxsec("facts", "--corpus", Fixtures.validCorpus().toString(), "--since", "2030", "-o", "jsonl");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).startsWith("mxsec: no facts match the filters in the");
        CliRunner.Result empty = mxsec("facts", "--since", "2020", "--until", "2010");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).startsWith("mxsec: --since 2020 is after --until 2010: the period is empty\n");
        assertThat(mxsec("timeline", "--since", "2020-05", "--until", "2020-05").exitCode()).isNotEqualTo(2);
        CliRunner.Result typo = mxsec("facts", "--group", "cjgn");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean cjng");
    }
}
