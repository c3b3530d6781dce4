package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import mxsec.Fixtures;
import mxsec.load.BuiltInCorpus;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.model.Report;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code mxsec cite}: what it prints reads back in the parsers of its formats with the reports' data (BibTeX through
 * jbibtex, RIS through citeproc-java's parser and the specification's line form, CSL-JSON against the CSL schema),
 * the text styles match their golden files, and the errors are the usual ones.
 */
class CiteCommandTest {
    private static final Corpus CORPUS = BuiltInCorpus.load();

    private static CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.mxsec(args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    /** The family name and given names of a corpus author ("R. Evan Ellis"): BibTeX's "Ellis, R. Evan". */
    private static String inverted(String author) {
        int space = author.lastIndexOf(' ');
        return author.substring(space + 1) + ", " + author.substring(0, space);
    }

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("cite/felbab-brown-2024-apa.txt", List.of("cite", "felbab-brown-2024", "--style", "apa")),
                Arguments.of("cite/felbab-brown-2024-chicago.txt", List.of("cite", "felbab-brown-2024", "--style", "chicago")),
                Arguments.of("cite/felbab-brown-2024-mla.txt", List.of("cite", "felbab-brown-2024", "--style", "mla")),
                Arguments.of("cite/felbab-brown-2024.bib", List.of("cite", "felbab-brown-2024", "-o", "bibtex")),
                Arguments.of("cite/felbab-brown-2024.json", List.of("cite", "felbab-brown-2024", "-o", "csl-json")),
                Arguments.of("cite/cienfuegos-charges-dropped.ris", List.of("cite", "ellis-2022/cienfuegos-charges-dropped", "-o", "ris")),
                Arguments.of("cite/facts-and-reports-apa.txt", List.of("cite", "ellis-2022/cienfuegos-charges-dropped",
                        "ellis-2016/chapo-recapture", "ellis-2016", "ellis-2018-mar", "ellis-2018-may")),
                Arguments.of("cite/entity-guerrero-chicago.txt", List.of("cite", "guerrero", "--style", "chicago")),
                Arguments.of("cite/entity-cjng.bib", List.of("cite", "cjng", "-o", "bibtex")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void outputMatchesItsGoldenFile(String golden, List<String> args) {
        CliRunner.Result r = ok(args.toArray(String[]::new));
        assertThat(r.out()).as(r.toString()).isEqualTo(Fixtures.golden(golden, r.out()));
    }

    @Test
    void bibtexReadsBackWithTheReportsData() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Report r : CORPUS.reports()) ids.add(r.id());
        ids.add("ellis-2022/cienfuegos-charges-dropped");
        List<String> args = new ArrayList<>(List.of("cite", "-o", "bibtex"));
        args.addAll(ids);
        String bib = ok(args.toArray(String[]::new)).out();
        List<String> unresolved = new ArrayList<>();
        BibTeXParser parser = new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) {
                if (string == null) unresolved.add(key.getValue());
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                throw new AssertionError("cross reference " + key);
            }
        };
        BibTeXDatabase db = parser.parse(new StringReader(bib));
        assertThat(parser.getExceptions()).isEmpty();
        // month macros are BibTeX's own (jan..dec), which the parser knows as every style file does
        assertThat(unresolved).isEmpty();
        Value month = db.resolveEntry(new Key("felbab-brown-2024")).getField(BibTeXEntry.KEY_MONTH);
        assertThat(month).isInstanceOf(org.jbibtex.ReferenceValue.class);
        assertThat(((org.jbibtex.ReferenceValue) month).getValue().toUserString()).isEqualTo("nov");
        assertThat(month.toUserString()).isEqualTo("November");
        assertThat(db.getEntries()).hasSize(ids.size());
        for (Report r : CORPUS.reports()) {
            BibTeXEntry e = db.resolveEntry(new Key(r.id()));
            assertThat(e).as(r.id()).isNotNull();
            String type = switch (r.kind()) {
                case "journal-article" -> "article";
                case "report" -> "techreport";
                default -> "misc";
            };
            assertThat(e.getType().getValue()).as(r.id()).isEqualTo(r.publisher().startsWith("unknown") ? "misc" : type);
            // the braces that keep acronyms' case are markup, not text
            assertThat(e.getField(BibTeXEntry.KEY_TITLE).toUserString().replace("{", "").replace("}", "")).as(r.id()).isEqualTo(r.title());
            List<String> authors = new ArrayList<>();
            for (String a : r.authors()) authors.add(inverted(a));
            assertThat(e.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo(String.join(" and ", authors));
            assertThat(e.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo(String.valueOf(r.published().firstYear()));
            Value url = e.getField(BibTeXEntry.KEY_URL);
            assertThat(url == null ? null : url.toUserString()).as(r.id()).isEqualTo(r.url());
            String fields = e.getFields().toString();
            assertThat(fields).as(r.id() + ": an unknown publisher is no publisher").doesNotContain("unknown");
            Value note = e.getField(BibTeXEntry.KEY_NOTE);
            assertThat(note != null && note.toUserString().contains("Date inferred")).as(r.id()).isEqualTo(r.publishedInferred());
        }
        BibTeXEntry fact = db.resolveEntry(new Key("ellis-2022:cienfuegos-charges-dropped"));
        assertThat(fact.getField(BibTeXEntry.KEY_NOTE).toUserString())
                .contains("section \u201cThe Question of \u201cHugs Not Bullets\u201d\u201d, \u00b63");
    }

    @Test
    void risImportsInAParserAndKeepsToTheSpecificationsLines() throws Exception {
        String ris = ok("cite", "ellis-2022/cienfuegos-charges-dropped", "felbab-brown-2024", "ellis-2018-may", "ellis-2016", "-o", "ris").out();
        // every line "XX  - value" ended by CRLF; records from TY to "ER  - "
        String[] lines = ris.split("\r\n", -1);
        assertThat(lines[lines.length - 1]).isEmpty();
        lines = Arrays.copyOf(lines, lines.length - 1);
        for (String line : lines) assertThat(line).matches("[A-Z][A-Z0-9]  - .*").doesNotContain("\n").doesNotContain("\r");
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("TY  - ")).count()).isEqualTo(4);
        assertThat(Arrays.stream(lines).filter(l -> l.equals("ER  - ")).count()).isEqualTo(4);
        assertThat(lines[0]).startsWith("TY  - ");
        assertThat(lines[lines.length - 1]).isEqualTo("ER  - ");

        RISLibrary library = new RISParser().parse(new StringReader(ris));
        List<RISReference> refs = library.getReferences();
        assertThat(refs).hasSize(4);
        Fact f = CORPUS.fact("ellis-2022/cienfuegos-charges-dropped");
        RISReference fact = refs.get(0);
        assertThat(fact.getType()).isEqualTo(RISType.ELEC);
        assertThat(fact.getId()).isEqualTo(f.globalId());
        assertThat(fact.getTitle()).isEqualTo(f.report().title());
        assertThat(fact.getAuthors()).containsExactly("Ellis, R. Evan");
        assertThat(fact.getYear()).isEqualTo("2022");
        assertThat(fact.getDate()).isEqualTo("2022/08//");
        assertThat(fact.getURL()).isNull();
        assertThat(fact.getNotes()).anyMatch(n -> n.contains("\u00b6" + f.source().paragraph()) && n.contains(f.source().section()))
                .anyMatch(n -> n.startsWith("Date inferred"))
                .anyMatch(n -> n.equals("mxsec summary: " + f.summary().strip()));
        RISReference report = refs.get(1);
        assertThat(report.getType()).isEqualTo(RISType.RPRT);
        assertThat(report.getPublisher()).isEqualTo("Wilson Center, Mexico Institute");
        assertThat(report.getURL()).isEqualTo(CORPUS.report("felbab-brown-2024").url());
        assertThat(report.getNotes()).anyMatch(n -> n.startsWith("Author inferred"));
        RISReference article = refs.get(2);
        assertThat(article.getType()).isEqualTo(RISType.JOUR);
        assertThat(article.getDate()).isEqualTo("2018/05/24/");
        RISReference unknown = refs.get(3);
        assertThat(unknown.getPublisher()).isNull();
        assertThat(unknown.getSecondaryTitle()).isNull();
        assertThat(unknown.getDate()).isEqualTo("2016/01//");
    }

    @Test
    void cslJsonIsValidCslData() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(Path.of("src/test/resources/csl/csl-data.json")), InputFormat.JSON);
        List<String> args = new ArrayList<>(List.of("cite", "-o", "csl-json", "ellis-2022/cienfuegos-charges-dropped", "cjng"));
        for (Report r : CORPUS.reports()) args.add(r.id());
        JsonNode items = new ObjectMapper().readTree(ok(args.toArray(String[]::new)).out());
        assertThat(schema.validate(items).stream().map(Error::toString).toList()).isEmpty();
        // one per report (cjng's reports are among them: once each), then the fact first, as named
        assertThat(items).hasSize(CORPUS.reports().size() + 1);
        assertThat(items.get(0).get("id").asText()).isEqualTo("ellis-2022/cienfuegos-charges-dropped");
        JsonNode felbab = null;
        for (JsonNode i : items) if (i.get("id").asText().equals("felbab-brown-2024")) felbab = i;
        assertThat(felbab.get("issued").get("date-parts").toString()).isEqualTo("[[2024,11]]");
        assertThat(felbab.get("issued").get("circa").asBoolean()).isTrue();
        assertThat(felbab.get("type").asText()).isEqualTo("report");
        // the schema does refuse what is not CSL data
        ObjectNode bad = (ObjectNode) items.get(0).deepCopy();
        bad.put("type", "commentary");
        bad.put("locator", true);
        assertThat(schema.validate(new ObjectMapper().createArrayNode().add(bad))).hasSize(2);
    }

    @Test
    void theTextStylesSayWhatTheReportDoesNotPrint() {
        String apa = ok("cite", "felbab-brown-2024", "ellis-2016").out();
        assertThat(apa.lines().toList()).containsExactly(
                "[Felbab-Brown, V.]. (ca. 2024). Prospects and Possibilities for US-Mexico Security Cooperation during the "
                        + "Sheinbaum Administration. Wilson Center, Mexico Institute. " + CORPUS.report("felbab-brown-2024").url(),
                "Ellis, R. E. (2016, January). El Chapo and the evolution of the Mexico-U.S. relationship.");
        assertThat(ok("cite", "felbab-brown-2024", "--style", "chicago").out()).startsWith("[Felbab-Brown, Vanda]. [2024?]. ");
        assertThat(ok("cite", "ellis-2018-mar", "--style", "apa").out()).contains("(2018, March 2)");
        String fact = ok("cite", "felbab-brown-2024/exec-sheinbaum-opportunity").out();
        assertThat(fact).contains("\n  In text: ([Felbab-Brown], ca. 2024, para. 2)\n")
                .contains("\n  At: \u00b62 \u201cThe start of the Claudia Sheinbaum\u201d\n");
    }

    @Test
    void namesResolveAsElsewhereAndRepeatsAreCitedOnce() {
        String two = ok("cite", "felbab", "felbab-brown-2024", "cienfuegos-charges-dropped", "-o", "ris").out();
        assertThat(two.split("TY  - ", -1)).hasSize(3);
        assertThat(two).contains("ID  - felbab-brown-2024\r\n").contains("ID  - ellis-2022/cienfuegos-charges-dropped\r\n");
        // an entity: each report that speaks of it, by date
        String guerrero = ok("cite", "guerrero", "-o", "ris").out();
        List<String> cited = guerrero.lines().filter(l -> l.startsWith("ID  - ")).map(l -> l.substring(6)).toList();
        List<String> expected = new ArrayList<>();
        for (Report r : CORPUS.reports()) {
            for (Fact f : CORPUS.mentioning(mxsec.model.EntityKind.STATE, List.of("guerrero"))) {
                if (f.report().equals(r) && !expected.contains(r.id())) expected.add(r.id());
            }
        }
        assertThat(cited).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void errorsAreUsageErrorsWithSuggestions() {
        CliRunner.Result unknown = CliRunner.mxsec("cite", "felbab-brown-2023");
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).as(unknown.toString()).startsWith("mxsec: ").contains("did you mean").contains("felbab-brown-2024");
        assertThat(unknown.out()).isEmpty();

        CliRunner.Result fact = CliRunner.mxsec("cite", "ellis-2022/cienfuegos-charges-droped");
        assertThat(fact.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(fact.err()).contains("unknown fact 'ellis-2022/cienfuegos-charges-droped'").contains("ellis-2022/cienfuegos-charges-dropped");

        CliRunner.Result styleAndBibtex = CliRunner.mxsec("cite", "felbab-brown-2024", "--style", "apa", "-o", "bibtex");
        assertThat(styleAndBibtex.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(styleAndBibtex.err()).isEqualTo("mxsec: --style is for -o text; -o bibtex has no style\n");
        assertThat(styleAndBibtex.out()).isEmpty();

        CliRunner.Result foo = CliRunner.mxsec("cite", "felbab-brown-2024", "--style", "foo");
        assertThat(foo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(foo.err()).startsWith("mxsec: unknown style 'foo' for 'mxsec cite': the styles are apa, chicago, mla\n");

        CliRunner.Result elsewhere = CliRunner.mxsec("reports", "-o", "bibtex");
        assertThat(elsewhere.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(elsewhere.err()).startsWith("mxsec: unknown format 'bibtex' for 'mxsec reports'");
    }

    @Test
    void oddIdsAreUsageErrorsNeverInternalOnes() {
        for (String id : new String[] {"", " ", "/", "//", "group:", ":", "felbab-brown-2024/", "/exec-sheinbaum-opportunity",
            "ellis-2018", "zzzz", "\u00e9", "{}%"}) {
            CliRunner.Result r = CliRunner.mxsec("cite", id, "-o", "ris");
            assertThat(r.exitCode()).as(id + "\n" + r).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(id).startsWith("mxsec: ").doesNotContain("internal error").doesNotContain("Exception");
            assertThat(r.out()).as(id).isEmpty();
        }
        // several reports begin with it: which of them, as everywhere
        assertThat(CliRunner.mxsec("cite", "ellis-2018").err()).contains("ellis-2018-mar").contains("ellis-2018-may");
        assertThat(CliRunner.mxsec("cite").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
