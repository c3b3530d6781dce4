package mxsec;

/** MXSEC_TRACE=1: milliseconds since main() at each start-up phase, on stderr. For measuring, not for users. */
public final class Trace {
    private static final boolean ON = System.getenv("MXSEC_TRACE") != null;
    private static final long START = System.nanoTime();

    private Trace() {}

    public static void mark(String phase) {
        if (ON) System.err.printf("mxsec-trace %6.1f ms  %s%n", (System.nanoTime() - START) / 1e6, phase);
    }
}
