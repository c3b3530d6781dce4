package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mxsec.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promises the README makes about what mxsec does to a machine, checked on the packaged jar. */
class PromisesIT {
    private static final String JAR = Path.of(System.getProperty("mxsec.jar", "target/mxsec.jar")).toAbsolutePath().toString();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path temp;

    @Test
    void noNetworkApiIsUsed() throws Exception {
        List<String> forbidden = List.of("java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket", "java.net.http",
                "HttpURLConnection", "java.net.InetAddress", "openStream()", "java.nio.channels.SocketChannel");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) sources.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(p);
                for (String api : forbidden) assertThat(text).as(p + " uses " + api).doesNotContain(api);
            }
        }
    }

    @Test
    void writesNothingButItsCacheAndHistory() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path cwd = Files.createDirectories(temp.resolve("cwd"));
        String corpus = Fixtures.validCorpus().toString();
        for (String command : List.of("state guerrero", "group cjng -o json", "map", "graph -o dot", "reports --corpus " + corpus,
                "figures --corpus " + corpus + " -o csv", "validate " + corpus)) {
            run(home, cwd, command, "");
        }
        run(home, cwd, "shell", "state guerrero\nexit\n");
        assertThat(cwd).isEmptyDirectory();
        try (Stream<Path> written = Files.walk(home)) {
            List<String> files = written.filter(Files::isRegularFile).map(p -> home.relativize(p).toString()).sorted().toList();
            assertThat(files).isNotEmpty().allMatch(f -> f.startsWith(".cache/mxsec/") || f.equals(".local/state/mxsec/history"));
        }
    }

    private void run(Path home, Path cwd, String command, String stdin) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(JAVA, "-jar", JAR));
        args.addAll(List.of(command.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(args).directory(cwd.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("XDG_CACHE_HOME");
        pb.environment().remove("XDG_STATE_HOME");
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes());
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
}
