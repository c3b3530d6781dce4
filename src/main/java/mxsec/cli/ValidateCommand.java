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
            + "file:line:col: message. Then the lint: summaries that lean on a neighbour, entities a summary names but does not "
            + "reference, years in a summary whose fact has no date, notes that carry outside knowledge (exceptions: "
            + "corpus/lint-exceptions.yaml).",
        footer = {"  mxsec validate", "  mxsec validate ./my-corpus"},
        exitCodeList = {"0:the corpus is valid", "2:usage error (e.g. DIR is not a directory)", "3:invalid corpus"})
final class ValidateCommand extends BaseCommand {
    @Parameters(arity = "0..*", paramLabel = "DIR", description = "A corpus directory (reports/, entities/, vocabulary.yaml).")
    List<Path> directories = new ArrayList<>();

    @Mixin
    CorpusOptions corpusOptions;

    @picocli.CommandLine.Option(names = "--lint", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also check that summaries read alone, name what they reference, carry their dates, and that notes keep "
                + "outside knowledge apart (default: on; --no-lint skips it).")
    boolean lint = true;

    @Override
    protected int execute() {
        List<Path> dirs = new ArrayList<>(corpusOptions.userDirectories());
        dirs.addAll(directories);
        Corpus corpus = CorpusOptions.load(dirs, context().env(), err());
        String what = dirs.isEmpty() ? "built-in corpus" : "built-in corpus + " + mxsec.render.Style.safe(String.join(", ", dirs.stream().map(Path::toString).toList()));
        if (lint) {
            List<mxsec.verify.CorpusLint.Finding> findings = mxsec.verify.CorpusLint.run(corpus, mxsec.verify.CorpusLint.Exceptions.builtIn());
            if (!findings.isEmpty()) {
                for (var f : findings) err().println("mxsec: " + mxsec.render.Style.safe(f.toString()));
                err().println("mxsec: " + what + ": " + findings.size() + " lint finding" + (findings.size() == 1 ? "" : "s")
                        + " (see corpus/README.md, \"What the checks enforce\"; --no-lint skips them)");
                return ExitCodes.INVALID_CORPUS;
            }
        }
        out().println("valid: " + what + ": " + corpus.reports().size() + " reports, " + corpus.factCount()
                + " facts, " + corpus.entityCount() + " entities");
        return ExitCodes.OK;
    }
}
