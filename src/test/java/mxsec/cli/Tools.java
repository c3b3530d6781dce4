package mxsec.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** External programs the tests drive (bash, fish, zsh, tmux, man). CI installs them; locally a missing one skips. */
final class Tools {
    private Tools() {}

    static void require(String tool) {
        boolean present = new java.io.File("/usr/bin/" + tool).canExecute() || new java.io.File("/bin/" + tool).canExecute();
        if (!present && System.getenv("CI") != null) fail(tool + " is not installed; .ci/run installs it");
        Assumptions.assumeTrue(present, tool + " is not installed");
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
