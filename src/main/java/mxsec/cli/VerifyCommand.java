package mxsec.cli;

import java.nio.file.Path;
import mxsec.model.Corpus;
import mxsec.verify.SourceVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mxsec verify --sources DIR}: check every fact's locator against the reports' reference texts. */
@Command(name = "verify",
        header = "Check every fact against the reports' reference texts.",
        description = "Check every fact against its report's reference text DIR/<report-id>.txt: the cited lines exist and "
            + "stand under the cited heading, the figure as written and every number of the summary stand in them, and "
            + "so does at least one entity the fact names. Each failure is printed as file:line: fact-id: what.",
        footer = {"  mxsec verify --sources ../shared/sources", "  MXSEC_SOURCES=texts mxsec verify --corpus ./my-corpus"},
        exitCodeList = {"0:every fact checked out", "2:usage error (no sources directory)", "3:invalid corpus",
            "4:some facts do not match their sources, or a report has no reference text (without --allow-missing)"})
final class VerifyCommand extends BaseCommand {
    @Mixin
    SourcesOptions sources;

    @Option(names = "--allow-missing", description = "Check the reports that have a reference text and skip the others, "
            + "saying which (without it, a report without one fails: a check that checked nothing is no pass).")
    boolean allowMissing;

    @Mixin
    CorpusOptions corpusOptions;

    @Override
    protected int execute() throws Exception {
        Path dir = sources.dir(context());
        if (dir == null) throw new UsageException("verify needs the reference texts: " + SourcesOptions.WHERE);
        Corpus corpus = corpusOptions.corpus();
        SourceVerifier.Result result = new SourceVerifier(corpus, dir).run();
        result.failures().forEach(f -> out().println(f));
        out().flush();
        for (String id : result.skippedReports()) {
            warn("no reference text for " + id + " in " + dir + " (" + id + ".txt); not checked" + (allowMissing ? "" : " (--allow-missing skips it)"));
        }
        err().println("mxsec: verified " + result.checked() + " facts: " + result.failures().size() + " failure"
                + (result.failures().size() == 1 ? "" : "s"));
        boolean missing = !result.skippedReports().isEmpty() && !allowMissing;
        return result.failures().isEmpty() && !missing ? ExitCodes.OK : ExitCodes.VERIFY_FAILED;
    }
}
