package mxsec.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What one run sees of the world: its streams, environment, whether stdout is a terminal, and the corpora
 * loaded so far (the shell runs many commands on one context and loads each corpus once).
 */
public record RunContext(java.io.InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
                         boolean stdoutIsTerminal, LoadedCorpora corpora) {
    public RunContext(PrintWriter out, PrintWriter err, Map<String, String> env, boolean stdoutIsTerminal) {
        this(java.io.InputStream.nullInputStream(), out, err, env, stdoutIsTerminal, new LoadedCorpora(env));
    }

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The real process: System.out/err, the real environment, and a terminal test that works on JDK 17 to 25+. */
    public static RunContext system() {
        // Past System.out: a PrintStream swallows write errors, and a full disk must be told (OutputWriter).
        PrintWriter out = new OutputWriter(new java.io.OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                java.nio.charset.StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        return new RunContext(System.in, out, err, System.getenv(), detectTerminal(), new LoadedCorpora());
    }

    private static boolean detectTerminal() {
        // The launcher knows for free ([ -t 1 ]) and says so; the checks below are for java -jar.
        String told = System.getProperty("mxsec.stdout.tty");
        if (told != null) return told.equals("true");
        // Linux: where fd 1 points says it, for the price of one readlink; System.console() costs ~20 ms to start.
        try {
            java.nio.file.Path fd1 = java.nio.file.Path.of("/proc/self/fd/1");
            if (java.nio.file.Files.isSymbolicLink(fd1)) {
                String target = java.nio.file.Files.readSymbolicLink(fd1).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or no /proc: ask the JVM below
        }
        java.io.Console console = System.console();
        if (console == null) return false;
        if (Runtime.version().feature() < 22) return true; // a console means stdin and stdout are terminals
        try {
            // JDK 22+: System.console() exists even when redirected; isTerminal() tells the truth.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
