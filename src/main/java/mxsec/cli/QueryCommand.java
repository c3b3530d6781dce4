package mxsec.cli;

import java.util.List;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.model.Report;
import mxsec.query.FactFilter;
import mxsec.query.NameResolver;
import mxsec.render.FactView;
import mxsec.render.OutputFormat;
import mxsec.render.Tabular;
import picocli.CommandLine.Mixin;

/** A command that queries the corpus: output, corpus and filter options, and the shared query objects. */
abstract class QueryCommand extends BaseCommand {
    @Mixin
    OutputOptions.Standard output;

    @Mixin
    FilterOptions filters;

    @Mixin
    CorpusOptions corpusOptions;

    private NameResolver resolver;
    private FactView view;

    protected Corpus corpus() {
        return corpusOptions.corpus();
    }

    protected NameResolver resolver() {
        if (resolver == null) resolver = NameResolver.of(corpus());
        return resolver;
    }

    protected FactView view() {
        // Under --as-of, what later reports said of a fact is not what was known then: the view leaves it out.
        if (view == null) {
            view = new FactView(corpus(), filters == null ? null : filters.asOfDay());
            QuoteOptions quote = quoteOptions();
            mxsec.query.Passages passages = quote == null ? null : quote.passages(context());
            if (passages != null) view.quoting(passages);
        }
        return view;
    }

    /** {@code --quote} of the commands that print facts in full ({@link QuotingCommand}); null for the others. */
    protected QuoteOptions quoteOptions() {
        return null;
    }

    /** The legend of the marks the answer carries (see {@link mxsec.render.Mark}), after it; what --quote lacked. */
    @Override
    protected void finish() {
        if (view == null) return;
        view.legend().print(output.style(), output.out());
        for (String problem : view.quoteProblems()) warn("--quote: " + problem);
    }

    protected List<Fact> facts(FactFilter filter) {
        return filter.select(corpus());
    }

    /**
     * Nothing matched: say so plainly, naming the reports searched (silence is not denial). People read it on
     * stdout; programs get an empty list on stdout and the sentence on stderr. Exit code 1.
     */
    protected int nothing(String what) {
        return nothing(what, null);
    }

    /** The same, then {@code hint} (what to try instead) on a line of its own; null for none. */
    protected int nothing(String what, String hint) {
        List<Report> searched = filters.searched(corpus());
        String sentence = what + " in the " + searched.size() + " report" + (searched.size() == 1 ? "" : "s")
                + " searched (" + String.join(", ", searched.stream().map(Report::id).toList()) + ")"
                + (hint == null ? "" : "\n" + hint);
        OutputFormat format = output.format();
        if (format.human()) {
            output.out().println(sentence);
        } else {
            switch (format) {
                case JSON -> Tabular.writeJson(List.of(), output.out(), true);
                case YAML -> output.out().println("[]");
                default -> { }
            }
            warn(sentence);
        }
        return ExitCodes.NO_MATCH;
    }
}
