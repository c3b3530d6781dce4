package mxsec.cli;

import java.io.PrintWriter;
import java.util.List;
import mxsec.load.CorpusException;
import mxsec.load.Problems;
import mxsec.query.UnknownNameException;
import mxsec.render.Style;
import mxsec.text.Echo;
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
            printProblems(c, err);
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

    /**
     * The kept problems, each file's followed by how many more it has, then the problems of files none of
     * whose problems were kept, and the total: a bounded report of any number of problems.
     */
    static void printProblems(CorpusException c, PrintWriter err) {
        java.util.Map<String, Integer> more = new java.util.TreeMap<>(c.unshown());
        List<Problems.Problem> kept = c.problems();
        for (int i = 0; i < kept.size(); i++) {
            Problems.Problem p = kept.get(i);
            err.println("mxsec: " + p);
            String file = p.location().file();
            boolean lastOfFile = i + 1 == kept.size() || !kept.get(i + 1).location().file().equals(file);
            Integer n = more.remove(file);
            if (lastOfFile && n != null) err.println("mxsec: " + file + ": … and " + n + " more " + plural(n) + " in this file");
            else if (n != null) more.put(file, n);
        }
        if (!more.isEmpty()) {
            int n = 0;
            for (int m : more.values()) n += m;
            err.println("mxsec: … and " + n + " more " + plural(n) + " in " + more.size() + " other file" + (more.size() == 1 ? "" : "s"));
        }
        err.println("mxsec: the corpus has " + c.total() + " " + plural(c.total()));
    }

    private static String plural(int n) {
        return n == 1 ? "problem" : "problems";
    }

    private static boolean debug(CommandLine cmd) {
        return cmd.getCommandSpec().root().userObject() instanceof MxsecCommand root && root.debug;
    }
}
