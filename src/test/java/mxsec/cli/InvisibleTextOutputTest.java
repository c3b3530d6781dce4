package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mxsec.load.BuiltInCorpus;
import mxsec.model.Corpus;
import mxsec.model.Decimal;
import mxsec.model.Bound;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.FuzzyDate;
import mxsec.model.Report;
import mxsec.model.Source;
import mxsec.text.UnsafeText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Defence in depth: a corpus with invisible, format and control characters in every text field (made in memory,
 * so the loader's refusal is not what protects) prints none of them raw, in any format, with or without colour;
 * each shows as \\uXXXX, and JSON's escapes give the original text back.
 */
class InvisibleTextOutputTest {
    /** One of each class: zero-width, bidi mark, override, isolate, line separator, annotation, soft hyphen, a tag (pair), a lone surrogate, ESC, C1. */
    static final String HOSTILE = "Hidden\u200B zw\u200E mark\u202E override\u2066 isolate\u2028 sep\uFFF9 ann\u00AD soft"
            + "\uDB40\uDC41 tag\uD800 lone\u001B[31m esc\u0085 nel\uFEFF bom";
    private static final Path DIR = Path.of("in-memory-hostile-corpus");
    private static final Corpus CORPUS = corpus();

    private static Corpus corpus() {
        Corpus base = BuiltInCorpus.load();
        Report report = new Report("hostile-report", "Title " + HOSTILE, List.of("Author " + HOSTILE), false, "Publisher " + HOSTILE,
                FuzzyDate.parse("2021"), false, "https://example.org/" + HOSTILE, "report", "Notes " + HOSTILE, List.of("Section " + HOSTILE), null);
        Map<String, Report> reports = new LinkedHashMap<>();
        for (Report r : base.reports()) reports.put(r.id(), r);
        reports.put(report.id(), report);
        Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            Map<String, Entity> m = new LinkedHashMap<>();
            for (Entity e : base.entities(k)) m.put(e.id(), e);
            entities.put(k, m);
        }
        Entity cjng = entities.get(EntityKind.GROUP).get("cjng");
        entities.get(EntityKind.GROUP).put("hostile-group", new Entity(EntityKind.GROUP, "hostile-group", "Group " + HOSTILE,
                List.of("Alias " + HOSTILE), Map.of(), cjng.attributes(), null));
        Map<EntityKind, List<String>> refs = new EnumMap<>(EntityKind.class);
        refs.put(EntityKind.GROUP, List.of("hostile-group"));
        Source source = new Source("Section " + HOSTILE, 1, 2, 0, null);
        String relation = null;
        for (Fact f : base.facts()) {
            if (f.kind() == FactKind.RELATIONSHIP) relation = f.relationship().type();
        }
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.add(new Fact(report, "hostile-assessment", FactKind.ASSESSMENT, FuzzyDate.parse("2021"), false, false, "Summary " + HOSTILE,
                refs, List.of("territory"), source, "Notes " + HOSTILE, null, List.of(), "Original " + HOSTILE,
                null, null, null, null, null, null, null));
        facts.add(new Fact(report, "hostile-statistic", FactKind.STATISTIC, FuzzyDate.parse("2021"), false, false, "Figure " + HOSTILE,
                refs, List.of("homicide"), source, null, null, List.of(), null,
                new Fact.Statistic(Decimal.parse("12"), null, null, Bound.EXACT, "people", "homicides", "Scope " + HOSTILE, "12 " + HOSTILE),
                null, null, null, null, null, null));
        facts.add(new Fact(report, "hostile-relationship", FactKind.RELATIONSHIP, FuzzyDate.parse("2021"), false, false, "Ties " + HOSTILE,
                refs, List.of("territory"), source, null, null, List.of(), null,
                null, null, new Fact.Relationship("hostile-group", relation, "cjng"), null, null, null, null));
        return new Corpus(reports, facts, entities, base.vocabulary(), base.thesaurus());
    }

    static Stream<Arguments> commandsAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        String[][] commands = {
            {"reports"}, {"group", "hostile-group"}, {"show", "hostile-assessment"}, {"show", "hostile-statistic"},
            {"show", "hostile-group"}, {"facts", "--report", "hostile-report"}, {"compare", "hostile-group", "cjng"},
            {"figures", "--group", "hostile-group"}, {"search", "hidden"},
        };
        for (String[] command : commands) {
            for (String format : List.of("table", "plain", "json", "jsonl", "yaml", "csv", "tsv", "md")) {
                cases.add(Arguments.of(command, format, "never"));
                cases.add(Arguments.of(command, format, "always"));
            }
        }
        for (String format : List.of("dot", "mermaid", "json")) { // the table shows ids only
            cases.add(Arguments.of(new String[] {"graph", "--group", "hostile-group"}, format, "never"));
        }
        for (String style : List.of("text", "bibtex", "ris", "csl-json")) {
            cases.add(Arguments.of(new String[] {"cite", "hostile-assessment"}, style, null)); // no colour to choose
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -o {1} --color {2}")
    @MethodSource("commandsAndFormats")
    void noInvisibleCharacterReachesTheOutput(String[] command, String format, String color) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("-o", format, "--corpus", DIR.toString()));
        if (color != null) args.addAll(List.of("--color", color));
        CliRunner.Result r = new CliRunner().corpus(DIR, CORPUS).run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        // Colour is ours: the only escape sequences left are SGR codes, and with --color never none at all.
        String text = "always".equals(color) ? r.out().replaceAll("\u001b\\[[0-9;]*m", "") : r.out();
        if (format.equals("csv") || format.equals("ris")) text = text.replace("\r\n", "\n"); // their line end is the format's, not the corpus's
        int at = UnsafeText.firstUnsafe(text);
        assertThat(at).as("no unsafe character in %s; first at %d: %s", String.join(" ", args), at,
                at < 0 ? "" : UnsafeText.escape(text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 10)), false)).isEqualTo(-1);
        assertThat(r.out()).as(r.toString()).contains(format.equals("bibtex") ? "\\textbackslash{}u200B" : "\\u200B");
        if (format.equals("json")) {
            // JSON escapes are lossless: the document gives the hostile text back exactly.
            List<String> texts = new ArrayList<>();
            collect(new ObjectMapper().readTree(r.out()), texts);
            assertThat(texts).anyMatch(t -> t.contains(HOSTILE));
        }
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isTextual()) into.add(node.textValue());
        for (JsonNode child : node) collect(child, into);
    }
}
