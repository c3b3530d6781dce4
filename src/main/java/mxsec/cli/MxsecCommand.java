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
            "Every statement mxsec prints comes from one of five published reports (2016-2024) and is cited to",
            "its report and section. Names are matched without regard to case or accents; a unique prefix is enough.",
        },
        subcommands = {
            ReportsCommand.class,
            ValidateCommand.class,
            VerifyCommand.class,
            picocli.CommandLine.HelpCommand.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  mxsec reports                      the reports and their fact counts",
            "  mxsec reports ellis-2022           one report's full citation",
            "  mxsec validate --corpus ./my-corpus check your own reports",
            "  mxsec verify --sources ../shared/sources",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:found; the command did what was asked",
            "1:nothing matched the filters",
            "2:usage error or unknown name",
            "3:invalid corpus",
            "4:verify found facts that do not match their sources",
            "70:internal error (a bug: please report it with --debug output)",
        })
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
