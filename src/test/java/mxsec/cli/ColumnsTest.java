package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every command's human output, on the built-in corpus, at widths from 60 to 160, in Unicode and ASCII: no two
 * columns touch (see {@link ColumnGaps}). The commands come from the registry; one that is neither exercised
 * here nor declared as printing no columns fails the test.
 */
class ColumnsTest {
    /**
     * Commands whose output has no columns to check: scripts, a prompt, diagnostics, help, and cite's references
     * (a line each, unwrapped, to be pasted into a document).
     */
    private static final Set<String> NO_COLUMNS = Set.of("completion", "shell", "validate", "verify", "help", "cite");

    /** Commands exercised whose text is only indented, never in columns: a tree; facts without dates under headings. */
    private static final Set<String> INDENTED_ONLY = Set.of("lineage", "recommendations");

    /** Representative arguments of every other command; the cheap ones run at every width from 60 to 80. */
    private static final Map<String, List<List<String>>> EXERCISED = new LinkedHashMap<>();
    private static final Set<String> CHEAP = Set.of("state", "group", "person", "institution", "policy", "place", "administration",
            "search", "reports", "topics", "graph", "map");

    static {
        exercise("state", "", "guerrero", "michoacan", "cdmx");
        exercise("group", "", "cjng", "sinaloa", "--type cartel");
        exercise("person", "", "amlo", "chapo");
        exercise("institution", "", "sedena", "semar");
        exercise("policy", "", "military-police-brigades");
        exercise("place", "", "united-states", "china");
        exercise("administration", "", "lopez-obrador", "us-trump-administration-2017");
        exercise("timeline", "", "--by year --group cjng", "--by administration --since 2018");
        exercise("compare", "cjng sinaloa", "guerrero michoacan jalisco", "ellis-2016 ellis-2022 felbab-brown-2024",
                "--across-reports cjng", "lopez-obrador pena-nieto", "sedena semar");
        exercise("facts", "--report ellis-2016 --kind statistic,presence", "--group cjng --since 2020");
        exercise("figures", "", "--topic homicide", "cjng", "--measure homicide-rate");
        exercise("search", "trump", "cjng", "fentanyl china", "guerrero", "huachicol", "administration");
        exercise("show", "ellis-2016/war-1846-1847", "ellis-2018-mar/criminal-groups-245", "cjng", "group:sinaloa-cartel",
                "ellis-2016/territory-ceded-share ellis-2018-mar/criminal-groups-245");
        exercise("recommendations", "", "--report ellis-2022");
        exercise("topics", "");
        // Without colour the map's cells carry letters and its legend maps them: a layout of its own.
        exercise("map", "", "--group cjng", "--topic homicide", "--as-of 2018", "--color never", "--group cjng --color never");
        exercise("lineage", "", "cjng", "zetas");
        exercise("graph", "", "--group cjng");
        exercise("reports", "", "ellis-2022", "felbab-brown-2024");
    }

    private static void exercise(String command, String... argumentLists) {
        List<List<String>> all = new ArrayList<>();
        for (String args : argumentLists) all.add(args.isEmpty() ? List.of() : List.of(args.split(" ")));
        EXERCISED.put(command, all);
    }

    @Test
    void everyCommandIsExercisedOrDeclaredWithoutColumns() {
        Set<String> registered = Main.commandLine(context()).getSubcommands().keySet();
        assertThat(registered).containsAll(Commands.names());
        Set<String> unaccounted = new TreeSet<>(registered);
        unaccounted.removeAll(EXERCISED.keySet());
        unaccounted.removeAll(NO_COLUMNS);
        assertThat(unaccounted).as("commands neither exercised by this test nor declared as printing no columns").isEmpty();
        assertThat(EXERCISED.keySet()).as("exercised commands that are not registered").isSubsetOf(registered);
    }

    private static RunContext context() {
        return new RunContext(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                Map.of(), false);
    }

    @Test
    void noTwoColumnsTouchAtAnyWidth() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> boundariesByCommand = new LinkedHashMap<>();
        int runs = 0;
        int boundaries = 0;
        int cells = 0;
        CliRunner runner = new CliRunner().env("LANG", "en_US.UTF-8");
        for (var e : EXERCISED.entrySet()) {
            String command = e.getKey();
            List<Integer> widths = new ArrayList<>(List.of(60, 61, 72, 80, 100, 120, 160));
            List<Integer> everyWidth = new ArrayList<>();
            for (int w = 60; w <= 80; w++) everyWidth.add(w);
            for (List<String> args : e.getValue()) {
                for (String format : List.of("table", "plain")) {
                    for (boolean ascii : List.of(false, true)) {
                        // Every width from 60 to 80 for the cheap commands' tables in Unicode; steps otherwise.
                        for (int width : CHEAP.contains(command) && format.equals("table") && !ascii ? everyWidth : widths) {
                            List<String> line = new ArrayList<>();
                            line.add(command);
                            line.addAll(args);
                            line.addAll(List.of("-o", format, "--width", String.valueOf(width)));
                            // With colour, unless asked otherwise: headings are told from rows by their style.
                            if (!args.contains("--color")) line.addAll(List.of("--color", "always"));
                            if (ascii) line.add("--ascii");
                            CliRunner.Result r = runner.run(line.toArray(String[]::new));
                            runs++;
                            String what = String.join(" ", line);
                            if (r.exitCode() != 0 || !r.err().isEmpty()) {
                                failures.add(what + ": " + r);
                                continue;
                            }
                            ColumnGaps.Report report = ColumnGaps.check(r.out());
                            boundaries += report.boundaries();
                            cells += report.cells();
                            boundariesByCommand.merge(command, report.boundaries(), Integer::sum);
                            for (ColumnGaps.Violation v : report.violations()) failures.add(what + ": " + v);
                            if (format.equals("plain")) failures.addAll(tabRows(what, r.out()));
                        }
                    }
                }
            }
        }
        assertThat(failures).as(failures.size() + " places where columns touch, in " + runs + " runs").isEmpty();
        // The check examined something: every command with columns showed some, and many in all.
        for (var e : boundariesByCommand.entrySet()) {
            if (!INDENTED_ONLY.contains(e.getKey())) assertThat(e.getValue()).as(e.getKey() + ": column boundaries found").isPositive();
        }
        assertThat(boundaries).as("column boundaries examined").isGreaterThan(3_000);
        assertThat(cells).as("cells examined at them").isGreaterThan(100_000);
    }

    /** Plain rows are tab-separated: within one output, every row has as many cells as the first. */
    private static List<String> tabRows(String what, String out) {
        List<String> failures = new ArrayList<>();
        int cells = -1;
        for (String row : ColumnGaps.strip(out).split("\n")) {
            if (row.indexOf('\t') < 0) continue;
            int n = row.split("\t", -1).length;
            if (cells < 0) cells = n;
            else if (n != cells) failures.add(what + ": a row of " + n + " cells among rows of " + cells + ": " + row);
        }
        return failures;
    }
}
