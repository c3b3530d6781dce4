package mxsec.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mxsec.model.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mxsec validate [DIR...]}: check the built-in corpus, or user corpora on top of it. */
@Command(name = "validate",
        header = "Check a corpus (the built-in one or yours) for errors.",
        description = "Check a corpus: its YAML, fields, types, ids, dates, vocabularies and references. Without DIR, the "
            + "built-in corpus; with DIRs, those corpora on top of the built-in one. Every problem is printed as "
            + "file:line:col: message.",
        footer = {"  mxsec validate", "  mxsec validate ./my-corpus"},
        exitCodeList = {"0:the corpus is valid", "2:usage error (e.g. DIR is not a directory)", "3:invalid corpus"})
final class ValidateCommand extends BaseCommand {
    @Parameters(arity = "0..*", paramLabel = "DIR", description = "A corpus directory (reports/, entities/, vocabulary.yaml).")
    List<Path> directories = new ArrayList<>();

    @Mixin
    CorpusOptions corpusOptions;

    @Override
    protected int execute() {
        List<Path> dirs = new ArrayList<>(corpusOptions.userDirectories());
        dirs.addAll(directories);
        Corpus corpus = CorpusOptions.load(dirs, context().env());
        String what = dirs.isEmpty() ? "built-in corpus" : "built-in corpus + " + String.join(", ", dirs.stream().map(Path::toString).toList());
        out().println("valid: " + what + ": " + corpus.reports().size() + " reports, " + corpus.factCount()
                + " facts, " + corpus.entityCount() + " entities");
        return ExitCodes.OK;
    }
}
