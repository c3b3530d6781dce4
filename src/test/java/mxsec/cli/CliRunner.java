package mxsec.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the real entry point in-process and captures exit code, stdout and stderr. */
public final class CliRunner {
    /** What a run produced; its toString is the whole of it, so a failed assertion explains itself. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private boolean terminal;
    private String stdin = "";
    private final Map<java.nio.file.Path, mxsec.model.Corpus> corpora = new HashMap<>();

    /** {@code --corpus dir} (alone) is {@code corpus}, made in memory: nothing is read or validated. */
    public CliRunner corpus(java.nio.file.Path dir, mxsec.model.Corpus corpus) {
        corpora.put(dir, corpus);
        return this;
    }

    /** What the run reads on standard input. */
    public CliRunner stdin(String text) {
        stdin = text;
        return this;
    }

    public CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Pretend stdout is a terminal (colour on in auto mode). */
    public CliRunner terminal() {
        terminal = true;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LoadedCorpora loaded = new LoadedCorpora(env);
        for (Map.Entry<java.nio.file.Path, mxsec.model.Corpus> c : corpora.entrySet()) loaded.put(java.util.List.of(c.getKey()), c.getValue());
        RunContext context = new RunContext(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), env, terminal, loaded);
        int code = Main.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }

    public static Result mxsec(String... args) {
        return new CliRunner().run(args);
    }
}
