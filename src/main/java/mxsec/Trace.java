package mxsec;

/** MXSEC_TRACE=1: milliseconds since main() at each start-up phase, on stderr. For measuring, not for users. */
public final class Trace {
    private static final boolean ON = System.getenv("MXSEC_TRACE") != null;
    private static final long START = System.nanoTime();
    /** Set on threads whose work is not the user's (the shell's warm-up): they print nothing. */
    private static final ThreadLocal<Object> SILENCED = new ThreadLocal<>();

    private Trace() {}

    public static void silenceThisThread() {
        SILENCED.set(Boolean.TRUE);
    }

    /** The milliseconds {@code what} took since {@code startNanos} (the shell, per command). */
    public static void took(String what, long startNanos) {
        if (ON && SILENCED.get() == null) System.err.println("mxsec-trace " + ms(System.nanoTime() - startNanos) + " ms for  " + what);
    }

    private static String ms(long nanos) {
        long tenths = nanos / 100_000;
        String ms = (tenths / 10) + "." + (tenths % 10);
        return " ".repeat(Math.max(0, 6 - ms.length())) + ms;
    }

    public static void mark(String phase) {
        // No printf: java.util.Formatter costs ~15 ms to load and would skew the very thing measured.
        if (ON && SILENCED.get() == null) System.err.println("mxsec-trace " + ms(System.nanoTime() - START) + " ms  " + phase);
    }
}
