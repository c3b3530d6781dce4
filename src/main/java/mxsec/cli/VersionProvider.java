package mxsec.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import mxsec.model.Corpus;
import picocli.CommandLine.IVersionProvider;

/** {@code mxsec --version}: the version and the size of the built-in corpus. */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/mxsec-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // unknown version below
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        Corpus corpus = CorpusOptions.load(List.of());
        return new String[] {
            "mxsec " + version(),
            "corpus: " + corpus.reports().size() + " reports, " + corpus.factCount() + " facts, "
                    + corpus.entityCount() + " entities",
        };
    }
}
