package mxsec.cli;

import java.nio.file.Path;
import mxsec.query.Passages;
import picocli.CommandLine.Option;

/** {@code --quote} (with {@code --sources DIR}): each fact shown with the passage it cites. */
public class QuoteOptions extends SourcesOptions {
    @Option(names = "--quote", description = "Print each fact's cited passage from the reference texts, the evidence "
            + "sentence marked (needs --sources DIR or MXSEC_SOURCES).")
    boolean quote;

    /** The passages to quote, or null without --quote; a usage error when there are no texts to quote from. */
    Passages passages(RunContext context) {
        if (!quote) return null;
        Path dir = dir(context);
        if (dir == null) throw new UsageException("--quote needs the reference texts: " + WHERE);
        return new Passages(dir);
    }
}
