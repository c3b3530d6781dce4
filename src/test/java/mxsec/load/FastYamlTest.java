package mxsec.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fast path builds exactly the tree the full parser builds, or gives up. */
class FastYamlTest {
    /** Texts, types, positions and key order, one line each. */
    static String dump(YamlNode node) {
        StringBuilder out = new StringBuilder();
        dump(node, "", out);
        return out.toString();
    }

    private static void dump(YamlNode node, String path, StringBuilder out) {
        out.append(path).append(" @").append(node.location()).append(' ');
        if (node instanceof YamlNode.Scalar s) {
            out.append(s.type()).append(" [").append(s.text()).append("]\n");
        } else if (node instanceof YamlNode.Sequence q) {
            out.append("seq ").append(q.items().size()).append('\n');
            for (int i = 0; i < q.items().size(); i++) dump(q.items().get(i), path + "/" + i, out);
        } else if (node instanceof YamlNode.Mapping m) {
            out.append("map ").append(m.entries().keySet()).append('\n');
            m.entries().forEach((k, e) -> {
                out.append(path).append("/").append(k).append(" key@").append(e.keyLocation()).append('\n');
                dump(e.value(), path + "/" + k, out);
            });
        }
    }

    /** True when the fast path took {@code text}; fails when its tree differs from the full parser's. */
    private static boolean same(String text) {
        Problems problems = new Problems();
        YamlNode full = YamlReader.readFully("x.yaml", text.getBytes(StandardCharsets.UTF_8), problems);
        YamlNode fast = FastYaml.parse("x.yaml", text);
        if (fast == null) return false;
        assertThat(problems.isEmpty()).as("fast path took a text with problems: %s\n%s", problems.sorted(), text).isTrue();
        assertThat(dump(fast)).as(text).isEqualTo(dump(full));
        return true;
    }

    @Test
    void everyBuiltInCorpusFileReadsTheSame() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("corpus"))) {
            walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("schema")).forEach(files::add);
        }
        int fast = 0;
        for (Path f : files) {
            if (same(Files.readString(f))) fast++;
        }
        // Nearly every file of the built-in corpus takes the fast path (the rest is read the same, only slower).
        assertThat(fast).as("files on the fast path, of " + files.size()).isGreaterThan(files.size() * 3 / 4);
    }

    @Test
    void scalarsOfEveryTypeReadTheSame() {
        String[] values = {"1", "12", "123456789", "1234567890123", "0", "07", "0x1F", "-5", "+5", "1.5", "-1.5", "1e3",
            "1_000", "2019", "2019-06", "2019-06-01", "2019-06-01T10:00:00Z", "12-14", "3:25", "true", "false", "True",
            "TRUE", "yes", "no", "on", "off", "Yes", "No", "y", "n", "Y", "N", "null", "Null", "~", ".inf", "-.inf", ".nan",
            ".5", "=", "<<", "nope", "nothing", "offset", "only", "tr", "fa", "The group", "A:b", "a#b", "a # comment",
            "\"quoted\"", "'single'", "'it''s'", "\"a \\\"b\\\" c\"", "\"\"", "''", "Joaquín \"El Chapo\" Guzmán",
            "über", "日本語 text", "emoji \uD83D\uDE00 here", "1.0.0", "v1.2", "1,234", "50%", "$5", "a, b", "[a, b]",
            "[]", "{}", "{a: 1}", "{lines: 12-14}", "{section: Findings, lines: 3}", "[\"x, y\", 'z']", "[a , b ]",
            "- x", "-x", "&a x", "*a", "!tag x", "|", ">", ">-", "@x", "`x`", "%x", "? x", ": x", "a: b"};
        for (String v : values) {
            same("k: " + v + "\n");
            same("k: " + v);
            same("k: [" + v + "]\n");
            same("k: {v: " + v + "}\n");
            same("- " + v + "\n");
            same("k:\n  - " + v + "\n  - x\n");
        }
    }

    @Test
    void shapesReadTheSame() {
        String[] texts = {
            "a: 1\nb:\n  - x\n  - 'y'\nc: true\nd: 2.5\ne:\n",
            "report:\n  id: x\n  sections: []\nfacts:\n  - id: f1\n    kind: event\n    source: {lines: 1}\n  - id: f2\n",
            "facts:\n- id: f1\n  kind: x\n- id: f2\nnext: 1\n",
            "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
            "# comment\na: 1 # trailing\n\n  # indented comment\nb: 2\n",
            "a: >-\n  one\n  two\n\n  three\n\n\n  four\nb: x\n",
            "a: >-\n  one\n    more\nb: x\n",
            "a: >-\n  one\n  \n  two\n",
            "a: >-\n  one # not a comment\n  two\n# comment\nb: 1\n",
            "a: >-\n\n  late\n",
            "a: >-\nb: 1\n",
            "a: >+\n  x\n",
            "a: |\n  x\n",
            "a: plain\n  continued\n",
            "a: plain\n\n  continued\n",
            "a: 1\na: 2\n",
            "a:\n  - x\n   - y\n",
            "a:\n  - x\n - y\n",
            "a: 1\n - y\n",
            "- a\n- b\n",
            "---\na: 1\n",
            "a: 1\n---\nb: 2\n",
            "a: 1\n...\n",
            "a: \"two\n  lines\"\n",
            "a: [x,\n  y]\n",
            "a: {x: 1, x: 2}\n",
            "a: [x, ]\n",
            "a: [x]y\n",
            "a: [x] # c\n",
            "a: [x]# c\n",
            "a: \"x\" # c\n",
            "a: \"x\"# c\n",
            "a: \"x\" y\n",
            "a:  spaced   words  \n",
            "a:\n    - id: x\n      b: 1\n    - id: y\n",
            "a:\n  -   id: x\n      b: 1\n",
            "  a: 1\n  b: 2\n",
            "a: 1\n\tb: 2\n",
            "a: x\r\nb: y\r\n",
            "a: \"\\e[31m\"\n",
            "a: \u202Eevil\n",
            "a: \u0085x\n",
            "a\u2028: x\n",
            "key with space: 1\n",
            "\"quoted key\": 1\n",
            "a: [[x]]\n",
            "a: {b: {c: 1}}\n",
            "a: x\n  # deeper comment\n  y\n",
            "émoji: \uD83D\uDE00 [a, \uD83D\uDE00, b]\nb: [\uD83D\uDE00, c]\n",
            "a: [é, ü, \uD83D\uDE00\uD83D\uDE00, z]\n",
            "a:",
            "a: 1\n",
            "",
            "a:\n  b:\n",
        };
        for (String t : texts) same(t);
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 25; i++) deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        deep.append("  ".repeat(25)).append("v: 1\n");
        same(deep.toString());
        assertThat(same("report:\n  id: x\n  sections: []\nfacts:\n  - id: f1\n    kind: event\n    source: {lines: 1}\n"))
                .as("the common shape takes the fast path").isTrue();
    }
}
