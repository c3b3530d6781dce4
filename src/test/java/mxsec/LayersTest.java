package mxsec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which of mxsec's packages may reach which, checked on every source file under src/main/java: its imports, and
 * the fully-qualified names in its code and string literals ({@code mxsec.render.X}, a class named for
 * {@code Class.forName}), comments left out. The one table of the layers is {@link #MAY_REACH}; see
 * {@code docs/performance.md} for the other rules kept by tests.
 */
class LayersTest {
    /**
     * Package to the packages of ours it may use besides itself ("" is the top-level {@code mxsec}: {@code Trace},
     * which anything may use and which uses nothing of ours). Commands parse, ask and print; rendering formats
     * what queries return; queries and loading work on the model; text is plain string work.
     */
    static final Map<String, Set<String>> MAY_REACH = Map.of(
            "", Set.of(),
            "cli", Set.of("", "query", "render", "load", "model", "text", "verify"),
            "render", Set.of("", "query", "model", "text"),
            "query", Set.of("", "model", "text"),
            "load", Set.of("", "model", "text"),
            "verify", Set.of("", "model", "text"),
            "model", Set.of(""),
            "text", Set.of(""));

    private static final Path ROOT = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.*]+)\\s*;", Pattern.MULTILINE);
    /** A name of ours in code: {@code mxsec.PACKAGE.} followed by a class or a deeper package. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])mxsec\\.([a-z]\\w*)\\.(?=\\w)");

    private record Reach(String file, int line, String from, String to, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + (from.isEmpty() ? "mxsec" : from) + " reaches " + (to.isEmpty() ? "mxsec" : to) + ": " + what;
        }
    }

    @Test
    void packagesReachOnlyTheLayersBelowThem() throws IOException {
        List<Reach> reaches = new ArrayList<>();
        int files = 0;
        int imports = 0;
        try (Stream<Path> paths = Files.walk(ROOT)) {
            for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                files++;
                String file = ROOT.relativize(p).toString().replace('\\', '/');
                String source = Files.readString(p);
                Matcher pkg = PACKAGE.matcher(source);
                assertThat(pkg.find()).as(file + " declares its package").isTrue();
                String from = layer(pkg.group(1));
                assertThat(from).as(file + " is in a package of ours").isNotNull();
                assertThat(MAY_REACH).as("the table of layers names " + from).containsKey(from);
                String code = withoutComments(source);
                Matcher imp = IMPORT.matcher(code);
                while (imp.find()) {
                    imports++;
                    String to = layer(imp.group(1));
                    if (to != null) reaches.add(new Reach(file, lineOf(code, imp.start()), from, to, "import " + imp.group(1)));
                }
                Matcher q = QUALIFIED.matcher(code);
                while (q.find()) {
                    if (lineStartsWith(code, q.start(), "import ") || lineStartsWith(code, q.start(), "package ")) continue;
                    String to = q.group(1);
                    if (!MAY_REACH.containsKey(to)) continue; // mxsec.stdout.tty, a property: every package of ours is in the table
                    int end = q.end();
                    while (end < code.length() && (Character.isJavaIdentifierPart(code.charAt(end)) || code.charAt(end) == '.')) end++;
                    reaches.add(new Reach(file, lineOf(code, q.start()), from, to, code.substring(q.start(), end)));
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Reach r : reaches) {
            if (!r.to().equals(r.from()) && !MAY_REACH.get(r.from()).contains(r.to())) wrong.add(r.toString());
        }
        System.out.println("LayersTest: " + files + " files, " + imports + " imports, " + reaches.size() + " references to mxsec packages");
        // It scanned the sources, not an empty tree.
        assertThat(files).as("source files scanned").isGreaterThan(80);
        assertThat(imports).as("imports scanned").isGreaterThan(400);
        assertThat(reaches.size()).as("references to mxsec packages scanned").isGreaterThan(200);
        assertThat(wrong).as("package dependencies against the direction of the layers (see MAY_REACH)").isEmpty();
    }

    @Test
    void theScannerSeesQualifiedNamesAndSkipsComments() {
        String code = withoutComments("""
                package mxsec.load;
                // mxsec.cli.Main in a comment
                /* mxsec.render.Tabular, {@link mxsec.query.NameResolver} */
                class X { Object o = Class.forName("mxsec.render.FactView"); String s = "// not a comment"; }
                """);
        assertThat(code).doesNotContain("mxsec.cli").doesNotContain("mxsec.query").contains("\"mxsec.render.FactView\"")
                .contains("// not a comment");
        assertThat(code.lines().count()).isEqualTo(4);
        Matcher q = QUALIFIED.matcher(code);
        assertThat(q.find()).isTrue();
        assertThat(q.group(1)).isEqualTo("render");
        assertThat(q.find()).isFalse();
        assertThat(layer("mxsec.Trace")).isEmpty();
        assertThat(layer("mxsec.query.SearchIndex.Word")).isEqualTo("query");
        assertThat(layer("picocli.CommandLine")).isNull();
    }

    /** The layer of a package or a name of ours ("" for the top-level mxsec); null when it is not ours. */
    private static String layer(String name) {
        if (!name.startsWith("mxsec.")) return name.equals("mxsec") ? "" : null;
        String rest = name.substring("mxsec.".length());
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        // mxsec.Trace, mxsec.*: top level; mxsec.load.X: load
        return first.isEmpty() || first.equals("*") || Character.isUpperCase(first.charAt(0)) ? "" : first;
    }

    /** The source with its comments blanked out (line breaks kept); string and character literals stay. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) if (s.charAt(i) == '\n') out.append('\n');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                out.append(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j + 1, s.length());
                out.append(s, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int lineOf(String s, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) if (s.charAt(i) == '\n') line++;
        return line;
    }

    private static boolean lineStartsWith(String s, int pos, String prefix) {
        int start = s.lastIndexOf('\n', pos - 1) + 1;
        return s.startsWith(prefix, start);
    }
}
