package mxsec.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Every subcommand: access to the run's streams and context; {@link #execute} returns the exit code. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        int code = execute();
        finish();
        out().flush();
        return code;
    }

    protected abstract int execute() throws Exception;

    /** After the answer (a query's legend of the marks it printed); nothing by default. */
    protected void finish() {}

    protected RunContext context() {
        return MxsecCommand.context(spec);
    }

    protected PrintWriter out() {
        return context().out();
    }

    protected PrintWriter err() {
        return context().err();
    }

    /** A diagnostic on stderr, prefixed like every mxsec message. */
    protected void warn(String message) {
        err().println("mxsec: " + mxsec.render.Style.safe(message));
    }
}
