package mxsec.cli;

import java.util.List;
import java.util.Locale;
import mxsec.query.Citations;
import mxsec.query.Citations.Citation;
import mxsec.render.BibTex;
import mxsec.render.CitationStyle;
import mxsec.render.CiteStyles;
import mxsec.render.CslData;
import mxsec.render.Ris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cite",
        header = "Citations of reports and facts: APA, Chicago, MLA, BibTeX, RIS, CSL-JSON.",
        description = {"The reference of each report, fact (report-id/fact-id) or entity named: as a style guide prints it "
                + "(--style apa, chicago or mla; the default is apa), or for a reference manager (-o bibtex, ris or csl-json).",
            "A fact is cited as its report, with its section and paragraph: in the text styles an in-text citation with "
                + "the paragraph and an \"At:\" line; in the machine formats a note. An entity cites every report that "
                + "speaks of it, one reference each, by date. References come in the order named, each once.",
            "What the report does not print is said as the styles say it: an inferred date as CSL's circa (APA \"ca. "
                + "2024\", Chicago \"[2024?]\", MLA \"circa\"), an inferred author in square brackets; BibTeX, RIS and "
                + "CSL-JSON say both in a note (docs/citing.md)."},
        footer = {"  mxsec cite felbab-brown-2024", "  mxsec cite felbab-brown-2024 --style chicago",
            "  mxsec cite ellis-2016 ellis-2022 -o bibtex >> refs.bib",
            "  mxsec cite ellis-2022/cienfuegos-charges-dropped -o ris > fact.ris",
            "  mxsec cite cjng -o csl-json"},
        exitCodeList = {"0:cited", "2:usage error or unknown id (with \"did you mean\")", "3:invalid corpus"})
final class CiteCommand extends BaseCommand {
    /** What {@code -o} takes: the text styles' output, and the formats of reference managers. */
    enum Format {
        TEXT, BIBTEX, RIS, CSL_JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** cite's own {@code -o} and {@code --style}: other commands refuse bibtex, and no command but this takes a style. */
    static final class Output {
        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format = Format.TEXT;

        @Option(names = "--style", paramLabel = "STYLE",
                description = "Text style: ${COMPLETION-CANDIDATES} (default: apa; only with -o text).")
        CitationStyle style;
    }

    @Parameters(arity = "1..*", paramLabel = "ID",
            description = "Report ids (a unique prefix is enough), fact ids (report-id/fact-id) or entity names.")
    List<String> ids;

    @Mixin
    Output output;

    @Mixin
    CorpusOptions corpusOptions;

    @Override
    protected int execute() {
        if (output.style != null && output.format != Format.TEXT) {
            throw new UsageException("--style is for -o text; -o " + output.format + " has no style");
        }
        List<Citation> citations = Citations.of(corpusOptions.corpus(), ids);
        switch (output.format) {
            case TEXT -> CiteStyles.write(citations, output.style == null ? CitationStyle.APA : output.style, out());
            case BIBTEX -> BibTex.write(citations, out());
            case RIS -> Ris.write(citations, out());
            case CSL_JSON -> CslData.write(citations, out());
        }
        return ExitCodes.OK;
    }
}
