package mxsec.cli;

import mxsec.text.Echo;
import java.io.PrintWriter;
import mxsec.load.CorpusException;
import mxsec.load.Problems;
import mxsec.query.UnknownNameException;
import mxsec.render.Style;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into {@code mxsec: message} on stderr and an exit code; stack traces only with --debug.
 * Messages quote what the user typed or a corpus holds, so control characters in them are shown escaped.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final RunContext context;

    ErrorHandler(RunContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = context.err();
        CommandLine cmd = ex.getCommandLine();
        err.println("mxsec: " + Echo.line(unknownFormat(ex, cmd))); // picocli's messages quote the argument whole
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * picocli's message, or for a format the command does not take, which formats it takes (as they are typed) and,
     * for dot and mermaid, that graph takes them, for svg, that map does; likewise for a style cite does not know.
     */
    private static String unknownFormat(ParameterException ex, CommandLine cmd) {
        String value = ex.getValue();
        if (!(ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o) || value == null || o.completionCandidates() == null
                || !o.longestName().equals("--format") && !o.longestName().equals("--style")) {
            return ex.getMessage();
        }
        java.util.List<String> formats = new java.util.ArrayList<>();
        for (String f : o.completionCandidates()) {
            if (f.equalsIgnoreCase(value.trim())) return ex.getMessage(); // a known format: the trouble is elsewhere
            formats.add(f);
        }
        String elsewhere = "";
        for (GraphCommand.Format f : GraphCommand.Format.values()) {
            if (f.shared == null && f.toString().equalsIgnoreCase(value.trim())) elsewhere = " (-o " + f + " is for 'mxsec graph')";
        }
        for (MapCommand.Format f : MapCommand.Format.values()) {
            if (f.shared == null && f.toString().equalsIgnoreCase(value.trim())) elsewhere = " (-o " + f + " is for 'mxsec map')";
        }
        String what = o.longestName().substring(2);
        if (!what.equals("format")) elsewhere = "";
        return "unknown " + what + " " + Echo.quote(value) + " for '" + cmd.getCommandSpec().qualifiedName() + "': the " + what + "s are "
                + String.join(", ", formats) + elsewhere;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = context.err();
        context.out().flush();
        int code;
        if (ex instanceof CorpusException c) {
            for (Problems.Problem p : c.problems()) err.println("mxsec: " + p);
            err.println("mxsec: the corpus has " + c.problems().size() + " problem" + (c.problems().size() == 1 ? "" : "s"));
            code = ExitCodes.INVALID_CORPUS;
        } else if (ex instanceof UnknownNameException || ex instanceof UsageException) {
            err.println("mxsec: " + Style.safe(ex.getMessage()));
            code = ExitCodes.USAGE;
        } else if (ex instanceof ParameterException p) {
            return handleParseException(p, new String[0]);
        } else {
            err.println("mxsec: internal error: " + Style.safe(String.valueOf(ex)) + (debug(cmd) ? "" : " (run with --debug for details)"));
            code = ExitCodes.INTERNAL;
        }
        if (debug(cmd)) ex.printStackTrace(err);
        err.flush();
        return code;
    }

    private static boolean debug(CommandLine cmd) {
        return cmd.getCommandSpec().root().userObject() instanceof MxsecCommand root && root.debug;
    }
}
