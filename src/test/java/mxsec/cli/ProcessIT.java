package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar as users run it: in pipes, with real stdout, stderr and exit codes. */
class ProcessIT {
    private static final String JAR = System.getProperty("mxsec.jar", "target/mxsec.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** Runs a bash pipeline with pipefail, so mxsec's own exit code counts; returns exit, stdout, stderr. */
    private static CliRunner.Result shell(String pipeline) throws IOException, InterruptedException {
        String mxsec = "'" + JAVA + "' -jar '" + JAR + "'";
        Process p = new ProcessBuilder(List.of("bash", "-c", "set -o pipefail; " + pipeline.replace("mxsec", mxsec))).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new CliRunner.Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void headEndsQuietly() throws Exception {
        CliRunner.Result r = shell("mxsec timeline | head -1");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).as(r.toString()).isEmpty();
    }

    @Test
    void pipedOutputHasNoEscapesAndErrorsGoToStderrWithTheirExitCode() throws Exception {
        CliRunner.Result ok = shell("mxsec group cjng | cat");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("Cártel de Jalisco Nueva Generación").doesNotContain("\u001b");
        CliRunner.Result bad = shell("mxsec group cjgn | cat");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith("mxsec: unknown group 'cjgn'").doesNotContain("Exception");
    }

    @Test
    void jsonFromThePipeParses() throws Exception {
        CliRunner.Result r = shell("mxsec state guerrero -o json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[\"entity\"][\"iso\"])'");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("MX-GRO\n");
    }
}
