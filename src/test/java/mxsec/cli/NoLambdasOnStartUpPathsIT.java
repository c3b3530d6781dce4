package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The start-up-critical commands run no lambda of ours: on JDK 17 each costs about a millisecond the first time
 * it runs, archive or not (see {@code docs/performance.md}). Runs the packaged jar with the JVM's class-load log
 * and lists every class of mxsec's that a lambda or method reference spun.
 */
class NoLambdasOnStartUpPathsIT {
    private static final String JAR = Path.of(System.getProperty("mxsec.jar", "target/mxsec.jar")).toAbsolutePath().toString();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** The entity profiles, {@code compare} and {@code search}, as README's Performance section promises. */
    @ParameterizedTest
    @ValueSource(strings = {"state guerrero", "group cjng", "person chapo", "institution semar", "policy merida", "place tijuana",
        "administration calderon", "show cjng", "compare cjng sinaloa", "compare guerrero michoacan", "search fentanyl"})
    void runsNoLambdaOfOurs(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(JAVA, "-Xlog:class+load=info:stderr", "-Dmxsec.stdout.tty=false",
                "-jar", JAR));
        args.addAll(List.of(command.split(" ")));
        Process p = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(p.exitValue()).as(command + " succeeds").isZero();
        assertThat(log).as("the class-load log names our classes").contains(" mxsec.cli.Main ");
        TreeSet<String> lambdas = new TreeSet<>();
        for (String line : log.split("\n")) {
            int at = line.indexOf(" mxsec.");
            if (at < 0) continue;
            int end = line.indexOf(' ', at + 1);
            String name = line.substring(at + 1, end < 0 ? line.length() : end);
            if (name.contains("$$Lambda") || name.contains("Lambda$")) lambdas.add(name.replaceFirst("/0x[0-9a-f]+$", ""));
        }
        assertThat(lambdas).as("lambdas of ours that `mxsec " + command + "` ran (each ~1 ms of a cold start on JDK 17)").isEmpty();
    }
}
