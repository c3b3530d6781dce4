package mxsec.cli;

import java.util.List;
import mxsec.query.Search;
import mxsec.render.Mark;
import mxsec.render.SearchHits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search",
        header = "Ranked search over facts and names.",
        description = "Ranked search over facts (summaries, notes, the names of what they are about) and over entity "
            + "names and aliases; case- and accent-insensitive, every word must match.",
        footer = {"  mxsec search huachicol", "  mxsec search \"fuel theft\" --report ellis-2018-mar",
            "  mxsec search lopez obrador hugs", "  mxsec search fentanyl china -o json | jq '.[0]'"})
@Marks({Mark.APPROXIMATE_DATE, Mark.INFERRED_DATE, Mark.ESTIMATE, Mark.DIFFERS})
final class SearchCommand extends QueryCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (0: all; default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    protected int execute() {
        if (limit < 0) throw new UsageException("--limit must be 0 or more");
        String phrase = Search.phrase(words);
        if (phrase.isBlank()) throw new UsageException("search needs at least one word with letters or digits");
        List<Search.Hit> hits = Search.hits(corpus(), phrase, filters.filter(corpus()), limit);
        if (hits.isEmpty()) return nothing("'" + String.join(" ", words) + "': not mentioned");
        SearchHits.render(hits, view(), output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }
}
