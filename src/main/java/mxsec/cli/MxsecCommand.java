package mxsec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options and the list of subcommands. */
@Command(name = "mxsec",
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = false,
        sortOptions = false,
        header = "A command-line reference on organized crime in Mexico and US-Mexico security cooperation.",
        description = {
            "Every statement mxsec prints comes from a published report of its corpus and is cited to its report and section. The built-in corpus holds five reports (2016-2024); --corpus DIR adds your own, and mxsec reports lists what a run has. Names are matched without regard to case or accents; a unique prefix is enough, and a name of several words needs no quotes.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  mxsec state guerrero                   what the reports say about a state",
            "  mxsec group CJNG                       lineage, leaders, territory, rivals",
            "  mxsec timeline --since 2018 --group sinaloa",
            "  mxsec compare cjng sinaloa             side by side",
            "  mxsec figures --topic homicide -o csv  figures for a spreadsheet",
            "  mxsec search huachicol                 anything that mentions it",
            "  mxsec reports                          the reports of the corpus",
        },
        exitCodeListHeading = "%nExit codes:%n")
public final class MxsecCommand implements Runnable {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    private final RunContext context;

    MxsecCommand(RunContext context) {
        this.context = context;
    }

    /** The run's context, from any command's or mixin's spec (the root's user object is this command). */
    static RunContext context(picocli.CommandLine.Model.CommandSpec spec) {
        return ((MxsecCommand) spec.root().userObject()).context();
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
