package mxsec.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --sources DIR} (default: $MXSEC_SOURCES): the reports' reference texts, DIR/&lt;report-id&gt;.txt. */
public class SourcesOptions {
    /** Where to get them, for a command that needs them and has none. */
    static final String WHERE = "give --sources DIR or set MXSEC_SOURCES: a directory of plain-text copies of the reports, "
            + "one DIR/<report-id>.txt each (see 'mxsec reports ID' for each report's address, and the README, \"Reference texts\")";

    @Option(names = "--sources", paramLabel = "DIR", description = "Directory of the reports' reference texts (default: $MXSEC_SOURCES).")
    Path sources;

    /** The directory, or null when neither --sources nor MXSEC_SOURCES names one; a usage error when it is no directory. */
    Path dir(RunContext context) {
        Path dir = sources;
        String env = context.env("MXSEC_SOURCES");
        if (dir == null && env != null && !env.isEmpty()) dir = Path.of(env);
        if (dir != null && !Files.isDirectory(dir)) throw new UsageException("--sources " + dir + ": not a directory");
        return dir;
    }
}
