package mxsec.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptLinesTest {
    /** Each line as "number:text" or "number:!problem"; the shell stops at an endless line, and so does this. */
    private static List<String> read(InputStream in, int max) throws IOException {
        ScriptLines lines = new ScriptLines(in, max);
        List<String> out = new ArrayList<>();
        for (ScriptLines.Line l; (l = lines.next()) != null; ) {
            out.add(l.number() + ":" + (l.text() != null ? l.text() : "!" + l.problem() + (l.endless() ? " (endless)" : "")));
            if (l.endless()) break;
        }
        return out;
    }

    @Test
    void linesTheirEndsAndTheirProblems() throws IOException {
        byte[] bytes = ("state guerrero\r\n\u00e9t\u00e9\n" + "x".repeat(20) + "\nbell\u0007\n\n" + "y".repeat(16) + "\nlast")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(read(new ByteArrayInputStream(bytes), 16)).containsExactly("1:state guerrero", "2:\u00e9t\u00e9", "3:!longer than 16 bytes",
                "4:!control character U+0007", "5:", "6:" + "y".repeat(16), "7:last");
        assertThat(read(new ByteArrayInputStream(new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n', (byte) 0xFF}), 16))
                .containsExactly("1:ok", "2:!not UTF-8 text", "3:!not UTF-8 text");
        // C1 controls too (U+009B is a one-character CSI to some terminals), and DEL; tab is text.
        byte[] c1 = "a\u009bb\nc\u007f\nd\te\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(new ByteArrayInputStream(c1), 16)).containsExactly("1:!control character U+009B", "2:!control character U+007F", "3:d\te");
    }

    /** An endless line is given up after {@link ScriptLines#MAX_SKIP} bytes, having read no more than that: /dev/zero ends. */
    @Test
    void anEndlessLineIsGivenUp() throws IOException {
        long[] served = {0};
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 0;
            }
        };
        assertThat(read(zeros, 64)).containsExactly("1:!longer than 64 bytes (endless)");
        assertThat(served[0]).isLessThanOrEqualTo(ScriptLines.MAX_SKIP + 64 + (1 << 16));
    }
}
