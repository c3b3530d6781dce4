package mxsec.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Runs the common commands over and over on a background thread, output discarded, while the user reads the
 * prompt and types: by the time a command comes, the JIT has compiled the code it runs, and it answers in
 * milliseconds instead of the tens a cold JVM needs. The shell {@link #stop}s it before running a line, so
 * commands never run at the same time (the per-corpus caches are filled by one thread at a time, and the
 * join makes its writes visible to the shell's thread).
 */
final class ShellWarmUp {
    /** The warm-up command lines of every command in {@link Commands}, in its order. */
    private static final String[][] COMMANDS = commands();

    private static String[][] commands() {
        java.util.List<String[]> lines = new java.util.ArrayList<>();
        for (Commands c : Commands.values()) {
            for (String[] line : c.warmUp()) lines.add(line);
        }
        return lines.toArray(new String[0][]);
    }

    /** Enough rounds for the hot paths to reach the optimizing compiler; a bound on the CPU it takes. */
    private static final int ROUNDS = 60;
    private static final long MAX_NANOS = 4_000_000_000L;

    private final Thread thread;
    private volatile boolean stopped;

    private ShellWarmUp(RunContext shell) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        RunContext quiet = new RunContext(java.io.InputStream.nullInputStream(), sink, sink, shell.env(), false, shell.corpora());
        thread = new Thread(() -> run(quiet), "mxsec-warm-up");
        thread.setDaemon(true);
    }

    static ShellWarmUp start(RunContext shell) {
        ShellWarmUp w = new ShellWarmUp(shell);
        w.thread.start();
        return w;
    }

    private void run(RunContext quiet) {
        mxsec.Trace.silenceThisThread();
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            for (String[] args : COMMANDS) {
                if (stopped || System.nanoTime() - start > MAX_NANOS) return;
                try {
                    Main.run(quiet, args);
                } catch (RuntimeException e) {
                    // only a warm-up: the user's own run of the command reports what is wrong
                }
            }
        }
    }

    /** Stops after the command under way (a few milliseconds) and waits for that. */
    void stop() {
        stopped = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
