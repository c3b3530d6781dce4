package mxsec.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mxsec.Fixtures;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

public class CorpusLoaderTest {
    @TempDir
    Path temp;

    private static Corpus loadOnly(Path dir) {
        return CorpusLoader.load(List.of(CorpusFiles.directory(dir)));
    }

    @Test
    void loadsTheValidFixtureCorpusWithEveryKindOfFact() {
        Corpus corpus = loadOnly(Fixtures.validCorpus());
        assertThat(corpus.reports()).hasSize(1);
        assertThat(corpus.facts()).extracting(Fact::kind).containsExactlyInAnyOrder(FactKind.values());
        Fact stat = corpus.fact("test-2020/homicides-2019");
        assertThat(stat.statistic().value().toBigDecimal()).isEqualByComparingTo("34000");
        assertThat(stat.statistic().asWritten()).isEqualTo("34,000");
        assertThat(stat.source().toString()).isEqualTo("\u201cThe Threat\u201d, \u00b61 \u201cIn 2019 Mexico saw 34,000 homicides\u201d");
        assertThat(stat.source().lines()).isEqualTo("4");
        Fact presence = corpus.fact("test-2020/cartel-dominant-guerrero");
        assertThat(presence.refs(EntityKind.GROUP)).containsExactly("test-cartel");
        assertThat(presence.refs(EntityKind.STATE)).containsExactly("test-guerrero");
        assertThat(corpus.fact("test-2020/intro-judgement").effectiveDate().text()).isEqualTo("2020-03");
        assertThat(corpus.entity(EntityKind.GROUP, "test-wing").attribute("origin")).isEqualTo("test-cartel");
    }

    @Test
    void theBuiltInCorpusIsValid() {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        assertThat(corpus.reports()).extracting(r -> r.id()).containsExactly(
                "ellis-2016", "ellis-2018-mar", "ellis-2018-may", "ellis-2022", "felbab-brown-2024");
        assertThat(corpus.entities(EntityKind.STATE)).hasSize(32);
    }

    static Stream<Arguments> brokenCorpora() {
        String report = "reports/test-2020.yaml";
        String registry = "entities/registry.yaml";
        return Stream.of(
                Arguments.of(report, "    unit: deaths", "    unitt: deaths",
                        "reports/test-2020.yaml:18:5: unknown field 'unitt' in a statistic fact (did you mean 'unit'?)"),
                Arguments.of(report, "    value: 34000", "    value: many",
                        "reports/test-2020.yaml:17:12: 'value' must be a number, found text"),
                Arguments.of(report, "  - id: boss-leads", "  - id: boss-captured",
                        "reports/test-2020.yaml:48:9: duplicate fact id 'boss-captured' (first at line 23)"),
                Arguments.of(report, "people: [test-boss]", "people: [test-bos]",
                        "reports/test-2020.yaml:27:14: unknown person 'test-bos' (did you mean 'test-boss'?)"),
                Arguments.of(report, "date: 2016-01-08", "date: 2016-02-31",
                        "reports/test-2020.yaml:25:11: 'date': '2016-02-31' is not a real date"),
                Arguments.of(report, "topics: [homicide]", "topics: [homicides]",
                        "reports/test-2020.yaml:16:14: unknown topic 'homicides' (did you mean 'homicide'?) (see vocabulary 'topics')"),
                Arguments.of(report, "section: The Threat, lines: 4,", "section: The Threats, lines: 4,",
                        "reports/test-2020.yaml:22:23: section 'The Threats' is not one of the report's sections (did you mean 'The Threat'?)"),
                Arguments.of(report, "lines: 5-6", "lines: 6-5",
                        "reports/test-2020.yaml:31:42: 'lines' 6-5 is not a range of lines counted from 1"),
                Arguments.of(report, "id: homicides-2019", "id: homicides 2019",
                        "reports/test-2020.yaml:12:9: 'id' must be a lower-case slug like 'sinaloa-cartel', found 'homicides 2019'"),
                Arguments.of(report, "kind: statistic", "kind: statistc",
                        "reports/test-2020.yaml:13:11: unknown fact kind 'statistc' (did you mean 'statistic'?)"),
                Arguments.of(report, "  id: test-2020", "  id: test-2021",
                        "reports/test-2020.yaml:2:7: report id 'test-2021' must match its file name 'test-2020'"),
                Arguments.of(report, "    status: dominant", "    status: dominant\n    role: boss",
                        "reports/test-2020.yaml:38:5: field 'role' does not apply to a presence fact (it belongs to leadership facts)"),
                Arguments.of(report, "    summary: Mexico recorded 34,000 homicides in 2019, a record.\n", "",
                        "reports/test-2020.yaml:12:5: a statistic fact is missing required field 'summary'"),
                // A statistic's bound and the numbers it is written with.
                Arguments.of(report, "    value: 34000", "    bound: between\n    value: 34000",
                        "reports/test-2020.yaml:17:12: unknown bound 'between' (one of: exact, about, at-least, more-than, at-most, less-than, range, vague)"),
                Arguments.of(report, "    value: 34000", "    bound: more-tan\n    low: 34000",
                        "reports/test-2020.yaml:17:12: unknown bound 'more-tan' (one of: exact, about, at-least, more-than, at-most, less-than, range, vague) (did you mean 'more-than'?)"),
                Arguments.of(report, "    value: 34000", "    bound: at-most\n    value: 34000",
                        "reports/test-2020.yaml:12:5: a statistic fact of bound 'at-most' needs 'high' (the ceiling)"),
                Arguments.of(report, "    value: 34000", "    bound: at-most\n    value: 34000",
                        "reports/test-2020.yaml:18:12: 'value' does not go with bound 'at-most' (it is written with 'high')"),
                Arguments.of(report, "    value: 34000", "    bound: vague\n    value: 34000",
                        "reports/test-2020.yaml:12:5: a statistic fact of bound 'vague' needs 'low' (the floor the words imply)"),
                Arguments.of(report, "    value: 34000", "    low: 34000",
                        "reports/test-2020.yaml:17:10: 'low' does not go with bound 'exact' (it is written with 'value')"),
                Arguments.of(report, "    value: 34000", "    bound: range\n    low: 34000\n    high: 34000",
                        "reports/test-2020.yaml:19:11: 'high' (34000) must be above 'low' (34000) in a range"),
                Arguments.of(report, "    value: 34000", "    bound: range\n    low: 34000\n    high: many",
                        "reports/test-2020.yaml:19:11: 'high' must be a number, found text"),
                Arguments.of(report, "    value: 34000", "    bound: [about]\n    value: 34000",
                        "reports/test-2020.yaml:17:12: 'bound' must be a single value, found a list"),
                Arguments.of(report, "    value: 34000", "    value: 34000\n    upper: 35000",
                        "reports/test-2020.yaml:18:12: 'upper' is now written with 'bound' (exact, about, at-least, more-than, at-most, less-than, range, vague) and 'value', 'low' or 'high'"),
                Arguments.of(report, "    value: 34000", "    value: 34000\n    estimate: true",
                        "reports/test-2020.yaml:18:15: 'estimate' is now written with 'bound'"),
                Arguments.of(report, "    status: dominant", "    status: dominant\n    bound: about",
                        "reports/test-2020.yaml:38:5: field 'bound' does not apply to a presence fact (it belongs to statistic facts)"),
                // A source a reader can follow: paragraph and anchor together, an anchor of 4 to 8 words.
                Arguments.of(report, "lines: 4, paragraph: 1,", "lines: 4, paragraph: 0,",
                        "reports/test-2020.yaml:22:56: 'paragraph' must be a whole number from 1 (the paragraph within its section), found 0"),
                Arguments.of(report, "anchor: \"In 2019 Mexico saw 34,000 homicides\"", "anchor: \"In 2019\"",
                        "reports/test-2020.yaml:22:67: 'anchor' must be the opening words of the evidence sentence, 4 to 8 words that a reader can search for in the article, found 2 words"),
                Arguments.of(report, ", paragraph: 1, anchor: \"In 2019 Mexico saw 34,000 homicides\"}", ", paragraph: 1}",
                        "reports/test-2020.yaml:22:13: a source gives 'paragraph' and 'anchor' together"),
                Arguments.of(report, "    topics: [homicide]", "    topics: [homicide]\n    editor_note: [a, b]",
                        "reports/test-2020.yaml:17:18: 'editor_note' must be a single value, found a list"),
                // Entities: descriptions are gone; misprints are spellings per report.
                Arguments.of(registry, "    name: Los Ejecutores", "    name: Los Ejecutores\n    description: an enforcement arm",
                        "entities/registry.yaml:14:18: 'description' is gone: what an entity is comes from its facts, each cited"),
                Arguments.of(registry, "    aliases: [Ejecutores]", "    aliases: [Ejecutores]\n    spellings: {test-2021: [Ejecutors]}",
                        "entities/registry.yaml:15:17: unknown report 'test-2021' in 'spellings' (did you mean 'test-2020'?)"),
                Arguments.of(registry, "    aliases: [Ejecutores]", "    aliases: [Ejecutores]\n    spellings: [Ejecutors]",
                        "entities/registry.yaml:15:16: 'spellings' must map report ids to lists ({report-id: [spelling, ...]}), found a list"),
                // Links between reports.
                Arguments.of(report, "    source: {section: The Threat, lines: 5-6, paragraph: 1, anchor: \"In January 2016 marines of the\"}", "    source: {section: The Threat, lines: 5-6, paragraph: 1, anchor: \"In January 2016 marines of the\"}\n    contradicts: [test-2020/homicides-2019]",
                        "reports/test-2020.yaml:32:19: 'contradicts' links facts of different reports; 'test-2020/homicides-2019' is of this report"),
                Arguments.of(report, "    source: {section: The Threat, lines: 5-6, paragraph: 1, anchor: \"In January 2016 marines of the\"}", "    source: {section: The Threat, lines: 5-6, paragraph: 1, anchor: \"In January 2016 marines of the\"}\n    agrees: [test-2020/homicides-2018]",
                        "reports/test-2020.yaml:32:14: unknown fact 'test-2020/homicides-2018' (use report-id/fact-id) (did you mean 'test-2020/homicides-2019'?)"),
                Arguments.of(report, "    source: {section: The Threat, lines: 5-6, paragraph: 1, anchor: \"In January 2016 marines of the\"}", "    source: {section: The Threat, lines: 5-6, paragraph: 1, anchor: \"In January 2016 marines of the\"}\n    updates: test-2020/homicides-2019",
                        "reports/test-2020.yaml:32:14: 'updates' must be a list"),
                Arguments.of(report, "    source: {section: The Threat, lines: 5-6, paragraph: 1, anchor: \"In January 2016 marines of the\"}", "    source: {section: The Threat, lines: 5-6, paragraph: 1, anchor: \"In January 2016 marines of the\"}\n    conflicts: [test-2020/homicides-2019]",
                        "reports/test-2020.yaml:32:16: 'conflicts' is now written as 'contradicts' (the same point, the same time), 'updates' (this fact describes a later state) or 'agrees'"),
                Arguments.of(registry, "  - id: test-wing", "  - id: test-cartel",
                        "entities/registry.yaml:12:9: duplicate group id 'test-cartel'"),
                Arguments.of(registry, "    type: cartel\n", "    type: cartel\n    origin: test-wing\n",
                        "entities/registry.yaml:8:9: group lineage is a cycle: test-cartel -> test-wing -> test-cartel"),
                Arguments.of(registry, "    iso: MX-TGR", "    iso: GRO",
                        "entities/registry.yaml:4:10: 'iso' must be an ISO 3166-2:MX code like MX-GRO, found 'GRO'"),
                Arguments.of(registry, "    type: armed-wing", "    type: [armed-wing]",
                        "entities/registry.yaml:15:11: 'type' must be a single value, found a list"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("brokenCorpora")
    void everyKindOfErrorIsReportedWithItsPosition(String file, String find, String replace, String expected) {
        Path dir = Fixtures.brokenCopy(temp, file, find, replace);
        assertThatThrownBy(() -> loadOnly(dir))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.toString().replace(dir + "/", ""))
                        .anySatisfy(m -> assertThat(m).startsWith(expected)));
    }

    @Test
    void allProblemsOfARunAreReportedTogether() {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "people: [test-boss]", "people: [nobody]\n    bogus: 1");
        assertThatThrownBy(() -> loadOnly(dir))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void aDirectoryWithoutCorpusFilesIsAnError() {
        assertThatThrownBy(() -> loadOnly(temp))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems().get(0).message())
                        .startsWith("no corpus files here"));
    }

    static Stream<Arguments> rulesNamedInTheMessage() {
        String bounds = "must have at most 15 significant digits, at most 6 after the point, and a magnitude below 1e15, found ";
        String decimal = " literal (write numbers in decimal, without a leading zero)";
        return Stream.of(
                Arguments.of("    value: 34000", "    value: .nan", "17:12: 'value' must be a number, found .nan (not a finite number)"),
                Arguments.of("    value: 34000", "    value: -.inf", "17:12: 'value' must be a number, found -.inf (not a finite number)"),
                Arguments.of("    value: 34000", "    value: 0x1F", "17:12: 'value' must be a number, found 0x1F, a hexadecimal" + decimal),
                Arguments.of("    value: 34000", "    value: 017", "17:12: 'value' must be a number, found 017, an octal" + decimal),
                Arguments.of("    value: 34000", "    value: 0o17", "17:12: 'value' must be a number, found 0o17, an octal" + decimal),
                Arguments.of("    value: 34000", "    value: 0b101", "17:12: 'value' must be a number, found 0b101, a binary" + decimal),
                Arguments.of("    value: 34000", "    value: 1:30", "17:12: 'value' must be a number, found 1:30, a base-60" + decimal),
                Arguments.of("    value: 34000", "    value: 1e-999999999", "17:12: 'value' " + bounds + "1e-999999999"),
                Arguments.of("    value: 34000", "    value: 1e999999", "17:12: 'value' " + bounds + "1e999999"),
                Arguments.of("    value: 34000", "    value: 1234567890123456", "17:12: 'value' " + bounds + "1234567890123456"),
                Arguments.of("    value: 34000", "    value: 0.0000001", "17:12: 'value' " + bounds + "0.0000001"),
                Arguments.of("    value: 34000", "    value: 1" + "0".repeat(100_000),
                        "17:12: 'value' " + bounds + "1" + "0".repeat(39) + "… (100,001 characters)"),
                Arguments.of("    value: 34000", "    bound: range\n    low: 1\n    high: 1.0e15", "19:11: 'high' " + bounds + "1.0e15"),
                Arguments.of("lines: 4, paragraph: 1,", "lines: 4, paragraph: 1e999999,", "22:56: 'paragraph' " + bounds + "1e999999"),
                Arguments.of("lines: 4,", "lines: 2147483648,", "22:42: 'lines': line number 2147483648 is beyond the limit of 9999999"),
                Arguments.of("lines: 4,", "lines: 3-99999999999,", "22:42: 'lines': line number 99999999999 is beyond the limit of 9999999"),
                Arguments.of("lines: 4,", "lines: 0x10,", "22:42: 'lines' must be N or N-M (line numbers from 1 to 9999999), found 0x10, a hexadecimal" + decimal),
                Arguments.of("lines: 4,", "lines: 4 to 5,", "22:42: 'lines' must be N or N-M (line numbers from 1 to 9999999), found '4 to 5'"),
                Arguments.of("id: homicides-2019", "id: " + "a".repeat(300),
                        "12:9: 'id' is 300 characters long, over the limit of 80 for an id: '" + "a".repeat(40) + "…'"),
                Arguments.of("date: 2019", "date: \"2019 .. 2020\"",
                        "14:11: 'date': '2019 .. 2020' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or A..B, without spaces)"),
                Arguments.of("date: 2019", "date: \" 2019\"",
                        "14:11: 'date': ' 2019' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or A..B, without spaces)"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rulesNamedInTheMessage")
    void aMessageNamesTheRuleAndTheRealPosition(String find, String replace, String expected) {
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", find, replace);
        assertThatThrownBy(() -> loadOnly(dir))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.toString().replace(dir + "/", ""))
                        .containsExactly("reports/test-2020.yaml:" + expected));
    }

    @Test
    void everyFigureOfTheBuiltInCorpusIsWithinTheNumberBounds() {
        Corpus corpus = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        for (Fact f : corpus.facts()) {
            if (f.statistic() == null) continue;
            for (var d : new mxsec.model.Decimal[] {f.statistic().value(), f.statistic().low(), f.statistic().high()}) {
                if (d == null) continue;
                var b = d.toBigDecimal();
                assertThat(b.precision()).as(f.globalId()).isLessThanOrEqualTo(Fields.MAX_DIGITS);
                assertThat(b.scale()).as(f.globalId()).isLessThanOrEqualTo(Fields.MAX_DECIMALS);
            }
        }
    }

    @Test
    void aThousandProblemsInAFileAreTwentyMessagesAndACount() {
        StringBuilder bogus = new StringBuilder("people: [test-boss]");
        for (int i = 0; i < 1000; i++) bogus.append("\n    bogus").append(i).append(": 1");
        Path dir = Fixtures.brokenCopy(temp, "reports/test-2020.yaml", "people: [test-boss]", bogus.toString());
        assertThatThrownBy(() -> loadOnly(dir))
                .isInstanceOfSatisfying(CorpusException.class, e -> {
                    assertThat(e.total()).isEqualTo(1000);
                    assertThat(e.problems()).hasSize(Problems.PER_FILE);
                    assertThat(e.problems().get(0).message()).isEqualTo("unknown field 'bogus0' in an event fact");
                    assertThat(e.unshown()).containsExactly(java.util.Map.entry(dir + "/reports/test-2020.yaml", 980));
                });
    }

    // --- Files that are not regular files ---

    /** The problems listing {@code dir} finds, as "relative: message" (the corpus's own name cut off). */
    private static List<String> listingProblems(Path dir) {
        try {
            CorpusFiles.directory(dir);
        } catch (CorpusException e) {
            return e.problems().stream().map(p -> p.toString().substring(dir.toString().length() + 1)).toList();
        }
        return List.of();
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
    }

    /** Thousands of bad entries cost a bounded report, as bad content does: the first 100 shown, all counted. */
    @Test
    void theProblemsOfAListingAreCappedAndCounted() throws Exception {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("many-links"));
        for (int i = 0; i < 150; i++) Files.createSymbolicLink(dir.resolve("reports/gone-" + i + ".yaml"), Path.of("../nowhere-" + i));
        assertThatThrownBy(() -> CorpusFiles.directory(dir)).isInstanceOfSatisfying(CorpusException.class, e -> {
            assertThat(e.total()).isEqualTo(150);
            assertThat(e.problems()).hasSize(Problems.PER_RUN)
                    .allSatisfy(p -> assertThat(p.message()).isEqualTo("is a dangling symbolic link (its target does not exist)"));
        });
    }

    @Test
    void onlyRegularFilesInsideTheCorpusAreReadAndAnythingElseIsNamedWithWhatItIs() throws Exception {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("corpus"));
        Path reports = dir.resolve("reports");
        mkfifo(reports.resolve("a-fifo.yaml"));
        mkfifo(dir.resolve("fifo"));
        Files.createSymbolicLink(reports.resolve("b-fifo-link.yaml"), Path.of("../fifo"));
        Files.createSymbolicLink(reports.resolve("c-device.yaml"), Path.of("/dev/null"));
        Files.createSymbolicLink(dir.resolve("entities/passwd.yaml"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(reports.resolve("d-dangling.yaml"), Path.of("no-such-file.yaml"));
        Files.createSymbolicLink(reports.resolve("e-loop.yaml"), Path.of("e-loop.yaml"));
        Files.createDirectories(reports.resolve("f-directory.yaml"));
        Files.createSymbolicLink(reports.resolve("g-to-directory.yml"), Path.of("f-directory.yaml"));
        Files.writeString(reports.resolve("h-upper.YAML"), "report: x\n");
        Files.createDirectories(reports.resolve("i-nested"));
        Files.writeString(reports.resolve("i-nested/x.yaml"), "report: x\n");
        assertThat(listingProblems(dir)).containsExactly(
                "entities/passwd.yaml: is a symbolic link to a file outside the corpus",
                "reports/a-fifo.yaml: is a FIFO, not a regular file",
                "reports/b-fifo-link.yaml: is a symbolic link to a FIFO, not a regular file",
                "reports/c-device.yaml: is a symbolic link to a character device outside the corpus",
                "reports/d-dangling.yaml: is a dangling symbolic link (its target does not exist)",
                "reports/e-loop.yaml: is a symbolic link loop",
                "reports/f-directory.yaml: is a directory, not a regular file",
                "reports/g-to-directory.yml: is a symbolic link to a directory, not a regular file",
                "reports/h-upper.YAML: has an upper-case extension: " + CorpusFiles.RULE + " (.yml too, in lower case)",
                "reports/i-nested: is a directory inside reports/: " + CorpusFiles.RULE + ", not subdirectories");
    }

    @Test
    void aFolderOfTheCorpusMustBeADirectoryInsideIt() throws Exception {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("corpus"));
        Path outside = Files.move(dir.resolve("reports"), temp.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("reports"), outside);
        Files.move(dir.resolve("entities"), dir.resolve("real-entities"));
        Files.writeString(dir.resolve("entities"), "not a directory\n");
        assertThat(listingProblems(dir)).containsExactly(
                "entities: is a file, not a directory",
                "reports: is a symbolic link to a directory outside the corpus");
        Files.delete(dir.resolve("reports"));
        Files.createSymbolicLink(dir.resolve("reports"), Path.of("."));
        assertThat(listingProblems(dir)).contains("reports: is a symbolic link to the corpus directory itself");
    }

    @Test
    void aLinkThatStaysInsideIsFollowedAndAYamlFileAtTheTopIsOnlyAWarning() throws Exception {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("corpus"));
        Files.move(dir.resolve("reports"), dir.resolve("drafts"));
        Files.createSymbolicLink(dir.resolve("reports"), Path.of("drafts"));
        Files.move(dir.resolve("entities/registry.yaml"), dir.resolve("registry.txt"));
        Files.createSymbolicLink(dir.resolve("entities/registry.yaml"), Path.of("../registry.txt"));
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: x\n");
        CorpusFiles files = CorpusFiles.directory(dir);
        assertThat(files.files()).extracting(CorpusFiles.CorpusFile::relative)
                .containsExactly("entities/registry.yaml", "reports/test-2020.yaml", "vocabulary.yaml");
        assertThat(files.warnings()).containsExactly(dir + "/mkdocs.yml: ignored: " + CorpusFiles.RULE);
        assertThat(CorpusLoader.load(List.of(files)).fact("test-2020/homicides-2019")).isNotNull();
    }

    @Test
    void aNameWithANewlineOrAnEscapeIsShownEscapedAndAnEmptyDirectoryNameIsRefused() throws Exception {
        Path dir = Fixtures.copy(Fixtures.validCorpus(), temp.resolve("forged\nmxsec: all is well"));
        mkfifo(dir.resolve("reports/\u001b[31mred.yaml"));
        assertThatThrownBy(() -> CorpusFiles.directory(dir)).isInstanceOfSatisfying(CorpusException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        temp + "/forged\\u000Amxsec: all is well/reports/\\u001B[31mred.yaml: is a FIFO, not a regular file"));
        assertThatThrownBy(() -> CorpusFiles.directory(Path.of(""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'': an empty directory name (write . for the working directory)");
    }

    // --- What a user corpus may change: it adds; it redefines only what a file's 'overrides:' / 'extends:' says ---

    private static final String RULE = "; a user corpus adds, it does not redefine: ";

    /** A user corpus in {@code temp}/user of {@code files} (relative path, then content, ...). */
    private Path userCorpus(String... files) throws java.io.IOException {
        Path dir = temp.resolve("user");
        for (int i = 0; i < files.length; i += 2) {
            Path file = dir.resolve(files[i]);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, files[i + 1]);
        }
        return dir;
    }

    private static Corpus layered(Path dir) {
        return CorpusLoader.load(BuiltInCorpus.load(), List.of(CorpusFiles.directory(dir)));
    }

    /** Every problem of loading {@code dir} on the built-in corpus, its directory left out. */
    private static List<String> problemsOf(Path dir) {
        try {
            layered(dir);
        } catch (CorpusException e) {
            return e.problems().stream().map(p -> p.toString().replace(dir + "/", "")).toList();
        }
        return List.of();
    }

    private static final String REPORT_HEAD = "report:\n  id: user-2025\n  title: T\n  authors: [A]\n  publisher: P\n"
            + "  published: 2025-01\n  kind: commentary\nfacts:\n";

    /** The message for {@code written} at {@code at}, a name of the built-in {@code entity} ("group cjng") called {@code name}. */
    public static String shadows(String at, String written, String entity, String name) {
        String id = entity.substring(entity.indexOf(' ') + 1);
        return at + ": '" + written + "' is already a built-in name of " + entity + " (" + name + ")" + RULE + "choose another, or replace "
                + entity + " on purpose: an entry of id '" + id + "' and 'overrides: [" + id + "]' at the top of its file";
    }

    static Stream<Arguments> redefinitions() {
        return Stream.of(
                Arguments.of("entities/g.yaml", "groups:\n  - id: mine\n    name: Mine\n    aliases: [MC, cjng]\n    type: cartel\n",
                        shadows("entities/g.yaml:4:19", "cjng", "group cjng", "Cártel de Jalisco Nueva Generación")),
                Arguments.of("entities/g.yaml", "groups:\n  - id: mine\n    name: SINALOA CARTEL\n    type: cartel\n",
                        shadows("entities/g.yaml:3:11", "SINALOA CARTEL", "group sinaloa-cartel", "Sinaloa Cartel")),
                Arguments.of("entities/g.yaml", "groups:\n  - id: cds\n    name: Mine\n    type: cartel\n",
                        shadows("entities/g.yaml:2:9", "cds", "group sinaloa-cartel", "Sinaloa Cartel")),
                Arguments.of("entities/s.yaml", "states:\n  - id: my-state\n    name: My State\n    iso: MX-GRO\n    region: South\n",
                        shadows("entities/s.yaml:4:10", "MX-GRO", "state guerrero", "Guerrero")),
                Arguments.of("entities/g.yaml", "groups:\n  - id: cjng\n    name: Not the CJNG\n    type: cartel\n",
                        "entities/g.yaml:2:9: 'cjng' is already a built-in group (corpus/entities/groups.yaml:11:9)" + RULE
                                + "write 'overrides: [cjng]' at the top of the file to replace it on purpose"),
                Arguments.of("reports/ellis-2022.yaml", REPORT_HEAD.replace("user-2025", "ellis-2022") + "  - {id: f, kind: assessment, summary: S, topics: [territory], source: {lines: 1}}\n",
                        "reports/ellis-2022.yaml:2:7: 'ellis-2022' is already a built-in report (corpus/reports/ellis-2022.yaml:2:7)" + RULE
                                + "write 'overrides: [ellis-2022]' at the top of the file to replace it on purpose"),
                Arguments.of("vocabulary.yaml", "topics:\n  mine: my own topic\n  homicide: whatever I like\n",
                        "vocabulary.yaml:3:3: term 'homicide' of vocabulary 'topics' is already built-in, with another meaning" + RULE
                                + "write 'overrides: [homicide]' at the top of the file to give it yours on purpose"),
                Arguments.of("reports/user-2025.yaml", REPORT_HEAD + "  - {id: f, kind: assessment, summary: S, topics: [territory], source: {lines: 1},\n"
                                + "     agrees: [ellis-2022/guerrero-poppy-heroin]}\n",
                        "reports/user-2025.yaml:10:15: 'agrees' names built-in fact 'ellis-2022/guerrero-poppy-heroin'; a user corpus adds, it does not "
                                + "change what built-in facts show: write 'extends: [ellis-2022]' at the top of the file to link to its facts on purpose"),
                Arguments.of("entities/g.yaml", "overrides: [cjng]\ngroups:\n  - id: mine\n    name: Mine\n    type: cartel\n",
                        "entities/g.yaml:1:13: 'overrides' names 'cjng', but this file replaces no built-in entity of that id"),
                Arguments.of("reports/user-2025.yaml", "extends: [ellis-2016]\n" + REPORT_HEAD
                                + "  - {id: f, kind: assessment, summary: S, topics: [territory], source: {lines: 1}}\n",
                        "reports/user-2025.yaml:1:11: 'extends' names 'ellis-2016', but no fact of this file links to a built-in fact of that report"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("redefinitions")
    void aUserCorpusThatRedefinesTheBuiltInOneIsRefusedWithItsPosition(String file, String content, String expected) throws java.io.IOException {
        assertThat(problemsOf(userCorpus(file, content))).containsExactly(expected);
    }

    @Test
    void overridesReplaceOnPurposeAndFactsAboutBuiltInEntitiesAreAdded() throws java.io.IOException {
        Path dir = userCorpus(
                "entities/g.yaml", "overrides: [cjng]\ngroups:\n  - id: cjng\n    name: My CJNG\n    aliases: [CJNG]\n    type: cartel\n",
                "vocabulary.yaml", "overrides: [homicide]\ntopics:\n  homicide: my meaning\n  territory: control of plazas, routes and territory; presence of groups\n",
                "reports/ellis-2016.yaml", "overrides: [ellis-2016]\n" + REPORT_HEAD.replace("user-2025", "ellis-2016")
                        + "  - {id: mine, kind: assessment, summary: S, states: [guerrero], topics: [territory], source: {lines: 1}}\n",
                "reports/user-2025.yaml", "extends: [ellis-2022]\n" + REPORT_HEAD
                        + "  - {id: f, kind: assessment, summary: S, groups: [cjng], topics: [homicide], source: {lines: 1}, contradicts: [ellis-2022/guerrero-poppy-heroin]}\n");
        Corpus corpus = layered(dir);
        var cjng = corpus.entity(EntityKind.GROUP, "cjng");
        assertThat(cjng.name()).isEqualTo("My CJNG");
        assertThat(cjng.location().userCorpus()).isEqualTo(dir.toString());
        assertThat(corpus.vocabulary().lists().get("topics")).containsEntry("homicide", "my meaning");
        assertThat(corpus.facts()).filteredOn(f -> f.report().id().equals("ellis-2016")).extracting(Fact::globalId).containsExactly("ellis-2016/mine");
        Fact builtIn = corpus.fact("ellis-2022/guerrero-poppy-heroin");
        assertThat(builtIn.location().userCorpus()).isNull();
        assertThat(corpus.links(builtIn)).extracting(l -> l.other().globalId()).contains("user-2025/f");
        assertThat(corpus.fact("user-2025/f").location().userCorpus()).isEqualTo(dir.toString());
        assertThat(corpus.userCorpora()).containsExactly(dir.toString());
        assertThat(BuiltInCorpus.load().userCorpora()).isEmpty();
    }

    @Test
    void aBuiltInTermWithItsOwnMeaningAndFactsAboutBuiltInEntitiesNeedNoOverride() throws java.io.IOException {
        Path dir = userCorpus("vocabulary.yaml", "topics:\n  territory: control of plazas, routes and territory; presence of groups\n",
                "reports/user-2025.yaml", REPORT_HEAD + "  - {id: f, kind: presence, summary: S, group: cjng, state: guerrero, status: present, "
                        + "topics: [territory], source: {lines: 1}}\n");
        assertThat(problemsOf(dir)).isEmpty();
    }

    @Test
    void aPlaceSaysWhichCorpusItIsIn() {
        assertThat(new mxsec.model.Location("corpus/reports/ellis-2022.yaml", 1, 1).userCorpus()).isNull();
        assertThat(new mxsec.model.Location("corpus/vocabulary.yaml", 1, 1).userCorpus()).isNull();
        assertThat(new mxsec.model.Location("./corpus/reports/x.yaml", 1, 1).userCorpus()).isEqualTo("./corpus");
        assertThat(new mxsec.model.Location("/a/b/entities/g.yaml", 1, 1).userCorpus()).isEqualTo("/a/b");
        assertThat(new mxsec.model.Location("mine/vocabulary.yaml", 1, 1).userCorpus()).isEqualTo("mine");
        assertThat(new mxsec.model.Location("reports/x.yaml", 1, 1).userCorpus()).isEqualTo(".");
    }
}
