package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPagesTest {
    @TempDir
    Path temp;

    @Test
    void everyCommandGetsAPageThatManRenders() throws Exception {
        ManPages.main(new String[] {temp.toString()});
        assertThat(temp.resolve("mxsec.1")).exists();
        for (String c : List.of("state", "group", "timeline", "compare", "shell", "completion", "verify")) {
            String page = Files.readString(temp.resolve("mxsec-" + c + ".1"));
            assertThat(page).startsWith(".TH \"MXSEC-" + c.toUpperCase(java.util.Locale.ROOT) + "\" 1")
                    .contains(".SH SYNOPSIS").contains(".SH OPTIONS").contains(".SH EXAMPLES").contains(".SH EXIT STATUS");
        }
        assertThat(Files.readString(temp.resolve("mxsec.1"))).contains(".SH COMMANDS").contains("mxsec\\-state");
        Tools.require(Tools.Tool.MAN, Tools.Tool.COL);
        String rendered = Tools.run(List.of("sh", "-c", "MANWIDTH=80 man -l '" + temp.resolve("mxsec-state.1") + "' | col -b"));
        assertThat(rendered).contains("mxsec-state - The 32 states").contains("EXAMPLES").contains("mxsec state guerrero");
    }
}
