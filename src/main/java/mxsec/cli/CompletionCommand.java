package mxsec.cli;

import mxsec.cli.completion.CompletionModel;
import mxsec.cli.completion.CompletionScripts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "completion",
        header = "Print a shell completion script (bash, zsh or fish).",
        description = "Prints the completion script for SHELL: subcommands, options, option values (formats, reports, "
            + "topics, kinds) and entity names from the corpus. The same scripts ship in completions/.",
        footer = {"  source <(mxsec completion bash)              # bash, this session",
            "  mxsec completion zsh > ~/.zfunc/_mxsec        # zsh, with ~/.zfunc in fpath",
            "  mxsec completion fish > ~/.config/fish/completions/mxsec.fish"})
final class CompletionCommand extends BaseCommand {
    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
    String shell;

    @Mixin
    CorpusOptions corpusOptions;

    @Override
    protected int execute() {
        CompletionModel model = CompletionModel.of(spec.root().commandLine(), corpusOptions.corpus());
        out().print(CompletionScripts.render(shell, model));
        return ExitCodes.OK;
    }
}
