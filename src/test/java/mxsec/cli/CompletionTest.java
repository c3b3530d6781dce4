package mxsec.cli;

import mxsec.cli.completion.CompletionModel;
import mxsec.cli.completion.CompletionScripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The committed completion scripts are current, and real shells complete with them. */
class CompletionTest {
    private static final Path DIR = Path.of("completions").toAbsolutePath();

    static String generate(String shell) {
        RunContext context = new RunContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false);
        return CompletionScripts.render(shell, CompletionModel.of(Main.commandLine(context), CorpusOptions.load(List.of())));
    }

    @ParameterizedTest(name = "{1} is current")
    @CsvSource({"bash,mxsec.bash", "zsh,_mxsec", "fish,mxsec.fish"})
    void committedScriptsAreCurrent(String shell, String file) throws Exception {
        String fresh = generate(shell);
        Path path = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update")) Files.writeString(path, fresh, StandardCharsets.UTF_8);
        assertThat(Files.readString(path, StandardCharsets.UTF_8))
                .as("completions/%s is stale: run ./mvnw verify -Dgolden.update=true (or mxsec completion %s > completions/%s)", file, shell, file)
                .isEqualTo(fresh);
        assertThat(fresh).doesNotContain("\r");
    }

    @Test
    void theCompletionCommandPrintsTheScript() {
        CliRunner.Result r = CliRunner.mxsec("completion", "fish");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(generate("fish"));
        assertThat(CliRunner.mxsec("completion", "tcsh").err()).isEqualTo("mxsec: no completion for 'tcsh': choose bash, zsh or fish\n");
    }

    private static List<String> bash(String... words) throws Exception {
        Tools.require(Tools.Tool.BASH_COMPLETION);
        String array = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        String script = "source /usr/share/bash-completion/bash_completion; source '" + DIR.resolve("mxsec.bash") + "'; "
                + "COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "; _mxsec; printf '%s\\n' \"${COMPREPLY[@]}\"";
        return Tools.run(List.of("bash", "-c", script)).lines().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void bashCompletesCommandsEntityNamesAndOptionValues() throws Exception {
        assertThat(bash("mxsec", "state", "gu")).containsExactly("guanajuato", "guerrero");
        assertThat(bash("mxsec", "gro")).containsExactly("group");
        assertThat(bash("mxsec", "group", "--format", "js")).containsExactly("json", "jsonl");
        assertThat(bash("mxsec", "timeline", "--report", "ellis-2018")).containsExactly("ellis-2018-mar", "ellis-2018-may");
        assertThat(bash("mxsec", "figures", "--topic", "homic")).containsExactly("homicide");
        assertThat(bash("mxsec", "timeline", "--kind", "ev")).containsExactly("event");
        assertThat(bash("mxsec", "group", "--wi")).containsExactly("--width");
    }

    @Test
    void fishCompletesCommandsEntityNamesAndOptionValues() throws Exception {
        Tools.require(Tools.Tool.FISH);
        String out = Tools.run(List.of("fish", "--no-config", "-c", "source '" + DIR.resolve("mxsec.fish") + "'; "
                + "complete -C 'mxsec state gu'; echo ---; complete -C 'mxsec group --format js'; echo ---; complete -C 'mxsec gro'"));
        String[] parts = out.split("---\n");
        assertThat(parts[0].lines().map(l -> l.split("\t")[0])).containsExactly("guanajuato", "guerrero");
        assertThat(parts[1].lines().map(l -> l.split("\t")[0])).containsExactly("json", "jsonl");
        assertThat(parts[2].lines().map(l -> l.split("\t")[0])).containsExactly("group");
    }

    @Test
    void zshCompletesInARealTerminal() throws Exception {
        Tools.require(Tools.Tool.ZSH, Tools.Tool.TMUX);
        Path bin = Files.createTempDirectory("mxsec-zsh");
        Path stub = bin.resolve("mxsec");
        Files.writeString(stub, "#!/bin/sh\nexit 0\n");
        stub.toFile().setExecutable(true);
        String session = "mxsec-zsh-" + ProcessHandle.current().pid();
        Tools.run(List.of("tmux", "new-session", "-d", "-s", session, "-x", "150", "-y", "20",
                "env -i HOME=" + bin + " TERM=xterm PATH=" + bin + ":/usr/bin:/bin zsh -f"));
        try {
            Tools.sleep(500);
            Tools.run(List.of("tmux", "send-keys", "-t", session, "fpath=(" + DIR + " $fpath); autoload -U compinit && compinit -u", "Enter"));
            Tools.sleep(700);
            Tools.run(List.of("tmux", "send-keys", "-t", session, "mxsec state gu", "Tab"));
            Tools.sleep(700);
            Tools.run(List.of("tmux", "send-keys", "-t", session, "Tab"));
            String screen = "";
            for (int i = 0; i < 20 && !(screen.contains("guanajuato") && screen.contains("guerrero")); i++) {
                Tools.sleep(250);
                screen = Tools.run(List.of("tmux", "capture-pane", "-t", session, "-p"));
            }
            assertThat(screen).contains("guanajuato").contains("guerrero");
        } finally {
            new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
        }
    }
}
