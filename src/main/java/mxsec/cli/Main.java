package mxsec.cli;

import picocli.CommandLine;

/** Entry point. {@link #run} is the whole CLI as a function, so tests drive exactly what users run. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        RunContext context = RunContext.system();
        int code = run(context, args);
        context.out().flush();
        context.err().flush();
        System.exit(code);
    }

    /** Runs mxsec with {@code args}; returns the exit code. */
    public static int run(RunContext context, String... args) {
        CommandLine cmd = commandLine(context);
        return cmd.execute(args);
    }

    static CommandLine commandLine(RunContext context) {
        CommandLine cmd = new CommandLine(new MxsecCommand(context));
        ErrorHandler errors = new ErrorHandler(context);
        boolean color = OutputOptions.colorEnabled(OutputOptions.ColorMode.auto, context);
        cmd.setOut(context.out())
                .setErr(context.err())
                .setColorScheme(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF))
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setAbbreviatedSubcommandsAllowed(false);
        return cmd;
    }
}
