package mxsec.cli;

import mxsec.text.Lengths;
import picocli.CommandLine;

/** Entry point. {@link #run} is the whole CLI as a function, so tests drive exactly what users run. */
public final class Main {
    static {
        // picocli registers converters for java.sql, java.time and java.nio types with a dozen reflective lookups in
        // every CommandLine it makes; mxsec has no such options. Path, the one it uses, is registered below. All
        // twenty are excluded: picocli compiles this regex anew for each of them in every CommandLine, and ".*"
        // compiles fastest.
        System.setProperty("picocli.converters.excludes", ".*");
    }

    private Main() {}

    /** Option values of type Path (picocli's own converter for it is excluded above). */
    private static final class PathConverter implements CommandLine.ITypeConverter<java.nio.file.Path> {
        @Override
        public java.nio.file.Path convert(String value) {
            return java.nio.file.Path.of(value);
        }
    }

    public static void main(String[] args) {
        mxsec.Trace.mark("main");
        int plan = preload(args);
        mxsec.load.UserCorpusCache.prefetch(args, (plan & ALL_FACTS) != 0); // --corpus: starts reading the cache while the command line is parsed
        // Nearly every command needs the corpus: read it on the other core while the command line is parsed.
        if ((plan & START) != 0) Preload.start((plan & ALL_FACTS) != 0, (plan & ALL_NAMES) != 0, (plan & SEARCH_INDEX) != 0);
        RunContext context = RunContext.system();
        mxsec.Trace.mark("run context");
        int code = run(context, args);
        context.out().flush();
        context.err().flush();
        System.exit(code);
    }

    /**
     * Bits of {@link #preload}: start the preload thread; decode every fact ahead; build the name index of every kind;
     * read the search index (and start Lucene's analysis, ~20 ms of class initialization).
     */
    static final int START = 1, ALL_FACTS = 2, ALL_NAMES = 4, SEARCH_INDEX = 8;

    /**
     * What the preload thread reads ahead for {@code args} (bits {@link #START}, {@link #ALL_FACTS}, {@link #ALL_NAMES}),
     * from what the command's entry in {@link Commands} needs. An unknown command reads everything (its error message
     * lists the commands); options before the command, help and the shell start no preload.
     */
    static int preload(String[] args) {
        Commands command = args.length == 0 ? null : Commands.named(args[0]);
        Commands.Need need = command == null ? Commands.Need.ALL_FACTS : command.needs(args);
        int plan = need == Commands.Need.ENTITY_FACTS || need == Commands.Need.FACTS_OF_KINDS ? 0 : ALL_FACTS;
        boolean helpOnly = HelpTexts.helpOf(args) != null; // printed from the stored texts, without the corpus
        if (args.length > 0 && !args[0].startsWith("-") && need != Commands.Need.NOTHING && !helpOnly) {
            plan |= START;
            if (command != null && command.allNames()) plan |= ALL_NAMES;
            if (command != null && command.searches() && args.length > 1) plan |= SEARCH_INDEX;
        }
        return plan;
    }

    /** Runs mxsec with {@code args}; returns the exit code. */
    public static int run(RunContext context, String... args) {
        // Bounded before picocli sees it: no message repeats a huge argument, no suggestion works through one.
        for (String arg : args) {
            if (arg.length() > Lengths.ARGUMENT) {
                context.err().println("mxsec: " + Lengths.tooLong("an argument", arg, Lengths.ARGUMENT));
                context.err().flush();
                return ExitCodes.USAGE;
            }
        }
        String help = HelpTexts.asked(context, args);
        if (help != null) {
            context.out().print(help);
            mxsec.Trace.mark("done");
            return OutputWriter.checked(context, ExitCodes.OK);
        }
        return OutputWriter.checked(context, execute(context, args));
    }

    /** Runs mxsec with {@code args} through picocli, help included (see {@link HelpTexts}). */
    static int execute(RunContext context, String... args) {
        CommandLine cmd = commandLine(context, only(args));
        mxsec.Trace.mark("command model built");
        int code = cmd.execute(args);
        mxsec.Trace.mark("done");
        return code;
    }

    /**
     * The one subcommand a run needs, when its first argument names one; {@link #SUMMARIES} when it only shows
     * the root's help or the version; null means all of them.
     */
    private static String only(String[] args) {
        if (args.length == 0) return null;
        String first = args[0];
        if (args.length == 1 && (first.equals("-h") || first.equals("--help") || first.equals("-V") || first.equals("--version"))) {
            return SUMMARIES;
        }
        return Commands.named(first) != null && !first.equals("help") && !first.equals("completion") ? first : null;
    }

    /**
     * Help conventions every command shares, set once here: help options, examples heading, exit codes. Not for
     * summaries (the root's help shows none of it for its subcommands).
     */
    private static void conventions(CommandLine cmd, boolean subcommands) {
        var spec = cmd.getCommandSpec();
        if (!(spec.userObject() instanceof HelpCommand)) spec.addMixin(STANDARD_HELP, standardHelpOptions());
        var usage = spec.usageMessage();
        usage.autoWidth(false).sortOptions(false).footerHeading("%nExamples:%n").exitCodeListHeading("%nExit codes:%n");
        if (usage.exitCodeList().isEmpty()) {
            java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
            for (String line : ExitCodes.LIST) codes.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1));
            usage.exitCodeList(codes);
        }
        if (subcommands) {
            for (CommandLine sub : cmd.getSubcommands().values()) conventions(sub, true);
        }
    }

    /** picocli's name for the mixin of -h/--help and -V/--version. */
    static final String STANDARD_HELP = "mixinStandardHelpOptions";

    /**
     * -h/--help and -V/--version, as picocli's mixinStandardHelpOptions makes them, but built without reading
     * the annotations of picocli's own mixin class (see {@link CommandModels}).
     */
    static CommandLine.Model.CommandSpec standardHelpOptions() {
        var mixin = CommandLine.Model.CommandSpec.create();
        mixin.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .paramLabel("<helpRequested>").prompt("").descriptionKey("mixinStandardHelpOptions.help")
                .description("Show this help message and exit.").build());
        mixin.addOption(CommandLine.Model.OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .paramLabel("<versionRequested>").prompt("").descriptionKey("mixinStandardHelpOptions.version")
                .description("Print version information and exit.").build());
        return mixin;
    }

    /** The full command line, every subcommand registered (help, completion, man pages). */
    static CommandLine commandLine(RunContext context) {
        return commandLine(context, null);
    }

    static CommandLine commandLine(RunContext context, String onlySubcommand) {
        return commandLine(context, onlySubcommand, CommandModels.get());
    }

    /** Subcommands as their names and help texts only (see {@link CommandModels#summary}): enough for the root's help. */
    static final String SUMMARIES = "(summaries)";

    static CommandLine commandLine(RunContext context, String onlySubcommand, CommandModels models) {
        var rootSpec = models.root(new MxsecCommand(context));
        mxsec.Trace.mark("root spec");
        CommandLine cmd = new CommandLine(rootSpec);
        mxsec.Trace.mark("root command model");
        for (String name : Commands.names()) {
            if (SUMMARIES.equals(onlySubcommand)) cmd.addSubcommand(name, new CommandLine(models.summary(name)));
            else if (onlySubcommand == null || onlySubcommand.equals(name)) cmd.addSubcommand(name, new CommandLine(models.subcommand(name)));
        }
        mxsec.Trace.mark("subcommand model");
        cmd.registerConverter(java.nio.file.Path.class, new PathConverter());
        ErrorHandler errors = new ErrorHandler(context);
        boolean color = OutputOptions.colorEnabled(OutputOptions.ColorMode.auto, context);
        cmd.setOut(context.out())
                .setErr(context.err())
                .setColorScheme(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF))
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setAbbreviatedSubcommandsAllowed(false);
        conventions(cmd, !SUMMARIES.equals(onlySubcommand));
        // search's -word excludes a word: what looks like an option and is none is one of its words.
        CommandLine search = cmd.getSubcommands().get("search");
        if (search != null) search.setUnmatchedOptionsArePositionalParams(true);
        return cmd;
    }
}
