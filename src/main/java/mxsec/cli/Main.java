package mxsec.cli;

import picocli.CommandLine;

/** Entry point. {@link #run} is the whole CLI as a function, so tests drive exactly what users run. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        mxsec.Trace.mark("main");
        mxsec.load.UserCorpusCache.prefetch(args); // --corpus: starts reading the cache while the command line is parsed
        // Nearly every command needs the corpus: read it on the other core while the command line is parsed.
        if (args.length > 0 && !args[0].startsWith("-") && !args[0].equals("help") && !args[0].equals("shell")) {
            mxsec.load.BuiltInCorpus.preload();
        }
        RunContext context = RunContext.system();
        mxsec.Trace.mark("run context");
        int code = run(context, args);
        context.out().flush();
        context.err().flush();
        System.exit(code);
    }

    /** Runs mxsec with {@code args}; returns the exit code. */
    public static int run(RunContext context, String... args) {
        CommandLine cmd = commandLine(context, only(args));
        mxsec.Trace.mark("command model built");
        int code = cmd.execute(args);
        mxsec.Trace.mark("done");
        return code;
    }

    /** The one subcommand a run needs, when its first argument names one; null means all of them. */
    private static String only(String[] args) {
        if (args.length == 0) return null;
        String first = args[0];
        return MxsecCommand.SUBCOMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion") ? first : null;
    }

    /** Help conventions every command shares, set once here: help options, examples heading, exit codes. */
    private static void conventions(CommandLine cmd) {
        var spec = cmd.getCommandSpec();
        if (!(spec.userObject() instanceof CommandLine.HelpCommand)) spec.mixinStandardHelpOptions(true);
        var usage = spec.usageMessage();
        usage.autoWidth(false).sortOptions(false).footerHeading("%nExamples:%n").exitCodeListHeading("%nExit codes:%n");
        if (usage.exitCodeList().isEmpty()) {
            java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
            for (String line : ExitCodes.LIST) codes.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1));
            usage.exitCodeList(codes);
        }
        cmd.getSubcommands().values().forEach(Main::conventions);
    }

    /** The full command line, every subcommand registered (help, completion, man pages). */
    static CommandLine commandLine(RunContext context) {
        return commandLine(context, null);
    }

    static CommandLine commandLine(RunContext context, String onlySubcommand) {
        CommandLine cmd = new CommandLine(new MxsecCommand(context));
        mxsec.Trace.mark("root command model");
        MxsecCommand.SUBCOMMANDS.forEach((name, type) -> {
            if (onlySubcommand == null || onlySubcommand.equals(name)) cmd.addSubcommand(name, type);
        });
        mxsec.Trace.mark("subcommand model");
        ErrorHandler errors = new ErrorHandler(context);
        boolean color = OutputOptions.colorEnabled(OutputOptions.ColorMode.auto, context);
        cmd.setOut(context.out())
                .setErr(context.err())
                .setColorScheme(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF))
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setAbbreviatedSubcommandsAllowed(false);
        conventions(cmd);
        return cmd;
    }
}
