package mxsec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options and the list of subcommands. */
@Command(name = "mxsec",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = false,
        sortOptions = false,
        header = "A command-line reference on organized crime in Mexico and US-Mexico security cooperation.",
        description = {
            "Every statement mxsec prints comes from one of five published reports (2016-2024) and is cited to its report and section. Names are matched without regard to case or accents; a unique prefix is enough.",
        },
        subcommands = {
            StateCommand.class,
            GroupCommand.class,
            PersonCommand.class,
            InstitutionCommand.class,
            PolicyCommand.class,
            PlaceCommand.class,
            AdministrationCommand.class,
            TimelineCommand.class,
            CompareCommand.class,
            FiguresCommand.class,
            SearchCommand.class,
            ShowCommand.class,
            RecommendationsCommand.class,
            TopicsCommand.class,
            CompletionCommand.class,
            ShellCommand.class,
            ReportsCommand.class,
            ValidateCommand.class,
            VerifyCommand.class,
            picocli.CommandLine.HelpCommand.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  mxsec state guerrero                       what the reports say about a state",
            "  mxsec group CJNG                           a group's lineage, leaders, territory, allies, rivals",
            "  mxsec timeline --since 2018 --group sinaloa",
            "  mxsec compare cjng sinaloa                 side by side",
            "  mxsec figures --topic homicide -o csv      figures for a spreadsheet",
            "  mxsec search huachicol                     anything that mentions it",
            "  mxsec reports                              the five reports",
        },
        exitCodeListHeading = "%nExit codes:%n")
public final class MxsecCommand implements Runnable {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    private final RunContext context;

    MxsecCommand(RunContext context) {
        this.context = context;
    }

    RunContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "a command is required");
    }
}
