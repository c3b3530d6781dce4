package mxsec.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mxsec.cli.LoadedCorpora;
import mxsec.cli.Main;
import mxsec.cli.RunContext;

/**
 * Coverage-guided fuzzing of command-line parsing and the commands behind it: any arguments give one of the
 * documented exit codes, never an internal error (70) or an exception escaping Main.run.
 */
class CommandLineFuzzTest {
    private static final List<String> WORDS = List.of("state", "group", "person", "institution", "policy", "place",
            "administration", "timeline", "compare", "figures", "search", "show", "recommendations", "topics", "map",
            "lineage", "graph", "reports", "help", "completion", "-o", "json", "csv", "tsv", "md", "yaml", "jsonl", "plain",
            "--report", "--since", "--until", "--as-of", "--kind", "--topic", "--width", "--color", "--by", "--group",
            "--state", "--measure", "--limit", "--ascii", "--raw", "--across-reports", "cjng", "sinaloa", "guerrero",
            "ellis-2022", "2018", "2016-02-30", "homicide", "-h", "--version", "--debug", "", "-", "--", "=");

    @FuzzTest(maxDuration = "30m")
    void longRunCommandLine(FuzzedDataProvider data) {
        anyArgumentsGiveADocumentedExitCode(data);
    }

    @FuzzTest(maxDuration = "10s")
    void anyArgumentsGiveADocumentedExitCode(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        int n = data.consumeInt(0, 6);
        for (int i = 0; i < n; i++) {
            args.add(data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(20));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RunContext context = new RunContext(new java.io.ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), Map.of(), false, new LoadedCorpora(Map.of()));
        if (!args.isEmpty() && (args.get(0).equals("shell") || args.get(0).equals("verify") || args.get(0).equals("validate"))) return;
        int code = Main.run(context, args.toArray(String[]::new));
        assertThat(code).as(args + "\n" + err).isIn(0, 1, 2, 3, 4);
        assertThat(err.toString()).as(args.toString()).doesNotContain("internal error");
    }
}
