package mxsec;

/** MXSEC_TRACE=1: milliseconds since main() at each start-up phase, on stderr. For measuring, not for users. */
public final class Trace {
    private static final boolean ON = System.getenv("MXSEC_TRACE") != null;
    private static final long START = System.nanoTime();

    private Trace() {}

    public static void mark(String phase) {
        // No printf: java.util.Formatter costs ~15 ms to load and would skew the very thing measured.
        if (ON) {
            long tenths = (System.nanoTime() - START) / 100_000;
            String ms = (tenths / 10) + "." + (tenths % 10);
            System.err.println("mxsec-trace " + " ".repeat(Math.max(0, 6 - ms.length())) + ms + " ms  " + phase);
        }
    }
}
