package mxsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mxsec.Fixtures;
import mxsec.cli.CliRunner;
import mxsec.load.CorpusException;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusLoader;
import mxsec.load.Problems;
import mxsec.render.FactView;
import mxsec.render.OutputFormat;
import mxsec.render.Style;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new {@link FactKind} fails here until everything knows it: the fixture corpus has a fact of every kind, the
 * loader refuses the kind's own fields elsewhere, and its JSON part, flat columns, human line and {@code show} carry
 * them. The list of what a new kind touches is in docs/CONTRIBUTING.md.
 */
class FactKindsTest {
    private static final String REPORT = "reports/test-2020.yaml";
    private static Corpus fixture;
    private static final Map<FactKind, Fact> ONE_OF_EACH = new EnumMap<>(FactKind.class);

    @BeforeAll
    static void load() {
        fixture = CorpusLoader.load(List.of(CorpusFiles.directory(Fixtures.validCorpus())));
        for (Fact f : fixture.facts()) {
            if (f.report().id().equals("test-2020")) ONE_OF_EACH.putIfAbsent(f.kind(), f);
        }
    }

    @Test
    void theFixtureCorpusHasAFactOfEveryKind() {
        assertThat(ONE_OF_EACH.keySet()).containsExactly(FactKind.values());
    }

    @Test
    void everyKindHasAKeyAndItsFieldsAPart() {
        for (FactKind k : FactKind.values()) {
            assertThat(FactKind.fromKey(k.key())).isSameAs(k);
            assertThat(k.part() == null).as(k + ": a part iff fields of its own").isEqualTo(k.fields().isEmpty());
        }
    }

    /** The loader knows each field of the kind: in an event (which has none) it says which kind the field is for. */
    @ParameterizedTest
    @EnumSource(FactKind.class)
    void theLoaderKnowsTheKindsFields(FactKind kind, @TempDir Path dir) {
        int i = 0;
        for (String field : kind.fields()) {
            FactKind owner = null;
            for (FactKind k : FactKind.values()) {
                if (owner == null && k.fields().contains(field)) owner = k;
            }
            Path copy = Fixtures.brokenCopy(dir.resolve(String.valueOf(i++)), REPORT,
                    "  - id: boss-captured\n    kind: event\n", "  - id: boss-captured\n    kind: event\n    " + field + ": x\n");
            CorpusException e = catchThrowableOfType(CorpusException.class,
                    () -> CorpusLoader.load(List.of(CorpusFiles.directory(copy))));
            assertThat(e).as(kind + "." + field + " in an event").isNotNull();
            List<String> messages = new ArrayList<>();
            for (Problems.Problem p : e.problems()) messages.add(p.message());
            assertThat(messages).as(kind + "." + field).contains(
                    "field '" + field + "' does not apply to an event fact (it belongs to " + owner.key() + " facts)");
        }
    }

    @ParameterizedTest
    @EnumSource(FactKind.class)
    void theJsonObjectHasTheKindsPart(FactKind kind) {
        Fact f = ONE_OF_EACH.get(kind);
        Map<String, Object> m = new FactView(fixture).toMap(f);
        assertThat(m.get("kind")).isEqualTo(kind.key());
        if (kind.part() == null) return;
        assertThat(m.get(kind.part())).as(kind + ": part '" + kind.part() + "' in " + m).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) m.get(kind.part())).values()).as(kind.part()).anyMatch(v -> v != null);
    }

    @ParameterizedTest
    @EnumSource(FactKind.class)
    void theFlatRowHasTheKindsColumns(FactKind kind) {
        Fact f = ONE_OF_EACH.get(kind);
        FactView view = new FactView(fixture);
        List<Object> row = view.row(f);
        List<String> columns = view.columns();
        assertThat(row).hasSameSizeAs(columns);
        assertThat(row.get(columns.indexOf("kind"))).isEqualTo(kind.key());
        if (kind.part() == null) return;
        boolean any = false;
        for (int c = columns.indexOf("value"); c < columns.indexOf("notes"); c++) {
            Object v = row.get(c);
            if (v != null && !(v instanceof List<?> l && l.isEmpty())) any = true;
        }
        assertThat(any).as(kind + ": a kind-specific column in " + row).isTrue();
    }

    /** People see a kind's fields in the tag before the citation ([status · citation · id]). */
    @ParameterizedTest
    @EnumSource(FactKind.class)
    void theHumanLineTagsTheKind(FactKind kind) {
        Fact f = ONE_OF_EACH.get(kind);
        StringWriter out = new StringWriter();
        new FactView(fixture).render(List.of(f), OutputFormat.TABLE, Style.PLAIN, new PrintWriter(out));
        assertThat(out.toString()).contains(f.summary());
        if (kind.part() != null) assertThat(out.toString()).as(kind + "\n" + out).doesNotContain("[" + f.report().id() + ",");
    }

    @ParameterizedTest
    @EnumSource(FactKind.class)
    void showPrintsTheKindsFields(FactKind kind) {
        Fact f = ONE_OF_EACH.get(kind);
        String corpus = Fixtures.validCorpus().toString();
        CliRunner.Result json = CliRunner.mxsec("show", f.globalId(), "--corpus", corpus, "-o", "json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.out()).as(json.toString()).contains("\"kind\" : \"" + kind.key() + "\"");
        CliRunner.Result table = CliRunner.mxsec("show", f.globalId(), "--corpus", corpus, "-o", "table", "--width", "0");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).as(table.toString()).contains(kind.key());
        if (kind.part() == null) return;
        assertThat(json.out()).as(json.toString()).contains("\"" + kind.part() + "\" : {");
        Map<?, ?> part = (Map<?, ?>) new FactView(fixture).toMap(f).get(kind.part());
        for (Map.Entry<?, ?> e : part.entrySet()) {
            Object v = e.getValue();
            if (v == null || v instanceof Boolean || v instanceof List<?> l && l.isEmpty()) continue;
            // An exact figure's bound, low and high only repeat its value: people are not shown them.
            if ("exact".equals(part.get("bound")) && List.of("bound", "low", "high").contains(e.getKey())) continue;
            String text = v instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(v);
            assertThat(table.out()).as(kind + "." + e.getKey() + "\n" + table).contains(String.valueOf(e.getKey())).contains(text);
        }
    }
}
