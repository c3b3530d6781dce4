package mxsec;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Lists, at the end of each test run, every test that was skipped or aborted (an assumption failed, as when
 * an optional tool is missing) with its reason, one line each: {@code skipped: CLASS.METHOD: REASON}. Maven
 * prints only counts; a reader of the log, and {@code .ci/run}, need to know which tests did not run and why.
 * Registered through {@code META-INF/services}, so every test JVM (surefire, failsafe, fuzz) reports.
 */
public final class SkippedTests implements TestExecutionListener {
    static final String PREFIX = "skipped: ";
    private final List<String> lines = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) return;
        String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
        record(test, reason == null ? "aborted" : reason.replaceFirst("^Assumption failed: ", ""));
    }

    private synchronized void record(TestIdentifier test, String reason) {
        String name = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName())
                .orElse(test.getDisplayName());
        lines.add(PREFIX + name + ": " + reason);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (lines.isEmpty()) return;
        // stdout of the test JVM: surefire copies it to the build log as it is.
        PrintStream out = System.out;
        for (String line : lines) out.println(line);
        out.flush();
        lines.clear();
    }
}
