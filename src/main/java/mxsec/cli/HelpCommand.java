package mxsec.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mxsec help [COMMAND]}: picocli's help command, ours so that the build can write its model as code
 * (picocli's keeps its fields private). Same behaviour and text.
 */
@Command(name = "help", header = "Display help information about the specified command.",
        synopsisHeading = "%nUsage: ", helpCommand = true,
        description = {"%nWhen no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.%n"})
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help",
            description = "Show usage help for the help command and exit.")
    boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", descriptionKey = "helpCommand.command",
            description = "The COMMAND to display the usage help message for.")
    String command;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self == null ? null : self.getParent();
        if (parent == null) return;
        if (command == null) {
            parent.usage(out, colors);
            return;
        }
        Map<String, CommandLine> subcommands = parent.getCommandSpec().subcommands();
        CommandLine subcommand = subcommands.get(command);
        if (subcommand == null) throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
        subcommand.usage(out, colors);
    }
}
