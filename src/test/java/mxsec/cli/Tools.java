package mxsec.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The external programs and packages some tests drive. {@code .ci/run} installs them; on a machine without
 * one, its tests are skipped and say why, except under {@code CI}, where a missing one fails.
 *
 * <p>{@code MXSEC_TEST_ABSENT} (names separated by commas or spaces, or {@code all}) makes tools count as
 * missing even where they are installed, and even under {@code CI}: that is how CI proves the suite passes
 * on a machine without them.
 */
final class Tools {
    private Tools() {}

    /** An optional tool: what the tests call it, how to see that it is there, and the Debian package with it. */
    enum Tool {
        BASH_COMPLETION("bash-completion", null, "/usr/share/bash-completion/bash_completion", "bash-completion"),
        ZSH("zsh", "zsh", null, "zsh"),
        FISH("fish", "fish", null, "fish"),
        TMUX("tmux", "tmux", null, "tmux"),
        MAN("man", "man", null, "man-db"),
        COL("col", "col", null, "bsdextrautils"),
        DOT("dot", "dot", null, "graphviz");

        final String key;
        final String program;
        final String file;
        final String debianPackage;

        Tool(String key, String program, String file, String debianPackage) {
            this.key = key;
            this.program = program;
            this.file = file;
            this.debianPackage = debianPackage;
        }

        static Tool of(String key) {
            for (Tool t : values()) if (t.key.equals(key)) return t;
            throw new IllegalArgumentException("unknown tool '" + key + "' in " + ABSENT_VARIABLE + ": choose from "
                    + Arrays.stream(values()).map(t -> t.key).toList() + " or all");
        }

        boolean installed() {
            return program != null ? onPath(program, System.getenv("PATH")) : Files.isRegularFile(Path.of(file));
        }
    }

    static final String ABSENT_VARIABLE = "MXSEC_TEST_ABSENT";

    /**
     * Skips the calling test when any of {@code tools} is missing (or listed as absent), naming every one;
     * under CI a missing one that is not listed fails.
     */
    static void require(Tool... tools) {
        Set<Tool> listed = absent(System.getenv(ABSENT_VARIABLE));
        List<String> reasons = new java.util.ArrayList<>();
        List<String> missing = new java.util.ArrayList<>();
        for (Tool tool : tools) {
            if (listed.contains(tool)) {
                reasons.add(tool.key + " is listed in " + ABSENT_VARIABLE);
            } else if (!tool.installed()) {
                reasons.add(tool.key + " is not installed (apt-get install " + tool.debianPackage + ")");
                missing.add(tool.key + " (Debian package " + tool.debianPackage + ")");
            }
        }
        if (!missing.isEmpty() && System.getenv("CI") != null) {
            fail(String.join(", ", missing) + " not installed; .ci/run installs them");
        }
        Assumptions.assumeTrue(reasons.isEmpty(), () -> String.join("; ", reasons));
    }

    /** The tools a value of {@code MXSEC_TEST_ABSENT} names; an unknown name is an error, not a silent no-op. */
    static Set<Tool> absent(String value) {
        Set<Tool> tools = new LinkedHashSet<>();
        if (value == null) return tools;
        for (String name : value.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (name.isEmpty()) continue;
            if (name.equals("all")) tools.addAll(List.of(Tool.values()));
            else tools.add(Tool.of(name));
        }
        return tools;
    }

    /** Whether an executable file {@code program} stands in a directory of {@code path} (as the shell finds it). */
    static boolean onPath(String program, String path) {
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            File f = new File(dir, program);
            if (f.isFile() && f.canExecute()) return true;
        }
        return false;
    }

    /** Runs a command, returns stdout (stderr appended on failure); fails on a non-zero exit or after 60 s. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) fail(command + " exited " + p.exitValue() + "\n" + out + err);
        return out;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
