package mxsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Through the real entry point: a failing stdout is exit 74 with its reason; a reader that left is no error. */
class OutputWriterTest {
    /** Takes {@code room} characters, then fails every write with {@code reason}. */
    private static Writer failingAfter(int room, String reason) {
        return new Writer() {
            int written;

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                written += len;
                if (written > room) throw new IOException(reason);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }

    private static int run(Writer stdout, StringWriter err, String... args) {
        RunContext context = new RunContext(new OutputWriter(stdout), new PrintWriter(err), Map.of(), false);
        return Main.run(context, args);
    }

    @Test
    void aFullDiskIsExit74WithTheReason() {
        StringWriter err = new StringWriter();
        assertThat(run(failingAfter(100, "No space left on device"), err, "reports")).isEqualTo(ExitCodes.OUTPUT);
        assertThat(err).hasToString("mxsec: cannot write output: No space left on device\n");
        StringWriter helpErr = new StringWriter();
        assertThat(run(failingAfter(0, "Input/output error"), helpErr, "state", "--help")).isEqualTo(74);
        assertThat(helpErr).hasToString("mxsec: cannot write output: Input/output error\n");
    }

    @Test
    void aBrokenPipeEndsQuietlyWithTheCommandsCode() {
        StringWriter err = new StringWriter();
        assertThat(run(failingAfter(100, "Broken pipe"), err, "reports")).isZero();
        assertThat(err).hasToString("");
        StringWriter none = new StringWriter();
        assertThat(run(failingAfter(0, "Broken pipe"), none, "state", "no-such-state")).isEqualTo(ExitCodes.USAGE);
        assertThat(none.toString()).startsWith("mxsec: unknown state 'no-such-state'");
    }

    @Test
    void afterTheFirstFailureNothingMoreIsTried() throws IOException {
        int[] calls = {0};
        Writer counting = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                calls[0]++;
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        OutputWriter out = new OutputWriter(counting);
        for (int i = 0; i < 1000; i++) out.write("line " + i + "\n");
        out.flush();
        assertThat(out.checkError()).isTrue();
        assertThat(calls[0]).isEqualTo(1);
        assertThat(out.failure()).hasMessage("No space left on device");
    }

    @Test
    void anAnswerThatFitsIsUntouched() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "reports", "-o", "tsv")).isZero();
        assertThat(out.toString()).contains("ellis-2016");
        assertThat(err).hasToString("");
    }
}
