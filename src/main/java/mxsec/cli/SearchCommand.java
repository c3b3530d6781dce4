package mxsec.cli;

import java.util.List;
import mxsec.query.Search;
import mxsec.render.Mark;
import mxsec.render.SearchHits;
import mxsec.text.Echo;
import mxsec.text.Lengths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search",
        header = "Ranked search over facts and names.",
        description = {"Ranked search over facts (summary, notes, measure, topics, the names of what they are about) and "
            + "over entity names and aliases. Words are matched by their stems in English and Spanish (killings finds "
            + "killed), without regard to case, accents or British spelling; a name or an alias (amlo, cds) also finds "
            + "the facts about that entity, and a term of the thesaurus (corpus/thesaurus.yaml) its equivalents "
            + "(murders finds homicides, fuel theft finds huachicol). Every word counts, none is required: facts with "
            + "more of them, and rarer ones, rank higher.",
            "Words in double quotes must stand together (in a shell: '\"fuel theft\"'); -word leaves out the facts "
            + "that have it (after --, every word is a search word). Entities the query names come first (at most 5, not counted by --limit), then facts; each "
            + "row shows the words that matched."},
        footer = {"  mxsec search huachicol", "  mxsec search murders guerrero --since 2018",
            "  mxsec search '\"fuel theft\"' --report ellis-2018-mar", "  mxsec search cjng -sinaloa --type fact",
            "  mxsec search fentanyl china -o json | jq '.[0]'"})
@Marks({Mark.APPROXIMATE_DATE, Mark.INFERRED_DATE, Mark.CONTRADICTS, Mark.UPDATED, Mark.EARLIER, Mark.AGREES})
final class SearchCommand extends QueryCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N facts (0: all; default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only rows of this type: fact or entity (default: both).")
    String type;

    @Override
    protected int execute() {
        if (limit < 0) throw new UsageException("--limit must be 0 or more");
        String query = String.join(" ", words);
        if (query.length() > Lengths.QUERY) throw new UsageException(Lengths.tooLong("a search query", query, Lengths.QUERY));
        if (!Search.searchable(query)) {
            throw new UsageException("search needs at least one word that is not a common word (the, of, de, la...)");
        }
        Search.Result result = Search.search(corpus(), query, filters.filter(corpus()), limit, type());
        if (result.isEmpty()) {
            Search.Hints hints = Search.hints(corpus(), query);
            StringBuilder hint = new StringBuilder();
            if (!hints.words().isEmpty()) hint.append("did you mean: ").append(String.join(", ", hints.words())).append("?");
            if (!hints.entities().isEmpty()) {
                hint.append(hint.length() == 0 ? "" : "\n").append("names near it: ").append(String.join(", ", hints.entities()));
            }
            return nothing("no fact matches " + Echo.quote(query), hint.length() == 0 ? null : hint.toString());
        }
        SearchHits.render(result, view(), output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    private Search.Type type() {
        if (type == null) return Search.Type.ALL;
        switch (type.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "fact": case "facts": return Search.Type.FACT;
            case "entity": case "entities": return Search.Type.ENTITY;
            default: throw new UsageException("--type takes fact or entity, not " + Echo.quote(type));
        }
    }
}
