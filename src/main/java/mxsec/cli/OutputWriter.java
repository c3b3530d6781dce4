package mxsec.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output that remembers why a write failed. A PrintWriter keeps only a flag, and System.out (a PrintStream)
 * not even that reaches us; but a full disk must fail the run (exit 74) while a reader that went away ({@code | head -1})
 * must not, and only the error's message tells the two apart.
 */
final class OutputWriter extends PrintWriter {
    private final Recorder recorder;

    OutputWriter(Writer target) {
        this(new Recorder(target));
    }

    private OutputWriter(Recorder recorder) {
        super(recorder, false);
        this.recorder = recorder;
    }

    /** The first write error, or null. */
    IOException failure() {
        return recorder.failure;
    }

    /**
     * After a run: {@code code} when all was written (or the reader left: EPIPE, as for a program killed by SIGPIPE
     * the rest of the answer is nobody's loss), else "cannot write output" on stderr and {@link ExitCodes#OUTPUT}.
     * Any other PrintWriter (tests, the shell's terminal) is checked by its flag alone.
     */
    static int checked(RunContext context, int code) {
        PrintWriter out = context.out();
        if (!out.checkError()) return code;
        IOException failure = out instanceof OutputWriter w ? w.failure() : null;
        if (failure != null && isBrokenPipe(failure)) return code;
        String why = failure == null || failure.getMessage() == null ? "write error" : failure.getMessage();
        context.err().println("mxsec: cannot write output: " + mxsec.render.Style.safe(why));
        context.err().flush();
        return ExitCodes.OUTPUT;
    }

    /** EPIPE, as the JDK words it (strerror's "Broken pipe" on Linux and macOS; Java exposes no errno). */
    static boolean isBrokenPipe(IOException e) {
        String m = e.getMessage();
        return m != null && m.contains("Broken pipe");
    }

    /** Passes writes on; after the first failure, fails every later write at once (no more system calls). */
    private static final class Recorder extends FilterWriter {
        private IOException failure;

        Recorder(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            check();
            try {
                out.write(c);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            check();
            try {
                out.write(cbuf, off, len);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            check();
            try {
                out.write(str, off, len);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            check();
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        private void check() throws IOException {
            if (failure != null) throw failure;
        }

        private IOException record(IOException e) {
            if (failure == null) failure = e;
            return e;
        }
    }
}
