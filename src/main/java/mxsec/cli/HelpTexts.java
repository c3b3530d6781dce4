package mxsec.cli;

/**
 * The help of each command exactly as {@code mxsec --help} or {@code mxsec COMMAND --help} prints it, rendered at
 * build time ({@code HelpTextWriter}, in src/build/java, writes {@code GeneratedHelpTexts}), with colour and without. picocli's help
 * rendering (text tables, line breaking, formatting) cost a cold start about 20 ms. {@code HelpTextsTest} holds
 * every stored text equal to what picocli renders; without the generated class (before the build's second compile
 * step), help is rendered as usual.
 */
abstract class HelpTexts {
    private static final String GENERATED = "mxsec.cli.GeneratedHelpTexts";
    private static HelpTexts current;

    /** The stored help of {@code command} ("" for the root); null when there is none. */
    abstract String text(String command, boolean color);

    /** The commands whose help is stored: the root and every subcommand but {@code help}, which has no help option. */
    static java.util.List<String> commands() {
        java.util.List<String> commands = new java.util.ArrayList<>();
        commands.add("");
        for (String name : Commands.names()) {
            if (!name.equals("help")) commands.add(name);
        }
        return commands;
    }

    /**
     * The stored help that {@code args} asks for ({@code --help}, {@code -h}, or a command and one of them), in
     * the colour {@code context} gets; null for any other command line, which picocli then handles.
     */
    static String asked(RunContext context, String[] args) {
        String command = helpOf(args);
        if (command == null) return null;
        // Stored as rendered on the build machine: with its line ends, at picocli's fixed width.
        if (!System.lineSeparator().equals("\n") || System.getProperty("picocli.usage.width") != null) return null;
        return get().text(command, OutputOptions.colorEnabled(OutputOptions.ColorMode.auto, context));
    }

    /** The command whose help {@code args} asks for and nothing else ("" for the root's); null for any other command line. */
    static String helpOf(String[] args) {
        if (args.length == 1 && isHelpOption(args[0])) return "";
        if (args.length == 2 && isHelpOption(args[1]) && !args[0].equals("help") && Commands.named(args[0]) != null) return args[0];
        return null;
    }

    private static boolean isHelpOption(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    /** The help of {@code command} ("" for the root) as picocli renders it, with or without colour. */
    static String render(String command, boolean color) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        RunContext context = new RunContext(new java.io.PrintWriter(out), new java.io.PrintWriter(err), java.util.Map.of(), color);
        int code = Main.execute(context, command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"});
        if (code != ExitCodes.OK || !err.toString().isEmpty()) {
            throw new IllegalStateException("help of '" + command + "' exited " + code + ": " + err);
        }
        return out.toString();
    }

    private static synchronized HelpTexts get() {
        if (current == null) {
            try {
                current = (HelpTexts) Class.forName(GENERATED).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                current = new None();
            }
        }
        return current;
    }

    /** No stored texts: every help is rendered by picocli. */
    private static final class None extends HelpTexts {
        @Override
        String text(String command, boolean color) {
            return null;
        }
    }
}
