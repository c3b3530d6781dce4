package mxsec.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.query.FactFilter;
import mxsec.query.ProfileSections;
import mxsec.render.Detail;
import mxsec.render.EntityDetail;
import mxsec.render.Mark;
import mxsec.render.Profile;
import mxsec.render.Tabular;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The pattern of {@code state}, {@code group}, {@code person}, ...: without a name, a list with fact counts;
 * with a name, a profile: the entity's fields, then sections of facts (each kind chooses its own), then
 * what each report says.
 */
@Marks({Mark.APPROXIMATE_DATE, Mark.INFERRED_DATE, Mark.ESTIMATE, Mark.DIFFERS})
abstract class EntityCommand extends QueryCommand {
    /** The words of the name: {@code mxsec person caro quintero} needs no quotes. */
    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Name, alias, id or code; a unique prefix is enough. A name of several words needs no quotes.")
    List<String> name;

    @Option(names = "--by", paramLabel = "ORDER", defaultValue = "report",
            description = "How to order what the reports say: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: newest report first).")
    ProfileSections.By by = ProfileSections.By.report;

    abstract EntityKind kind();

    /** Extra list columns for this kind (header, value per entity). */
    Map<String, java.util.function.Function<Entity, Object>> listColumns(List<Fact> facts) {
        return Map.of();
    }

    /** Whether an entity belongs in the list (kind-specific list filters). */
    boolean listed(Entity e, List<Fact> facts) {
        return true;
    }

    @Override
    protected int execute() {
        return name == null || name.isEmpty() ? list() : profile(resolver().resolve(kind(), String.join(" ", name)));
    }

    private int list() {
        FactFilter filter = filters.filter(corpus());
        List<Fact> facts = facts(filter);
        Map<String, java.util.function.Function<Entity, Object>> extra = listColumns(facts);
        List<String> columns = new ArrayList<>(List.of("id", "name"));
        columns.addAll(extra.keySet());
        columns.add("facts");
        columns.add("reports");
        List<List<Object>> rows = new ArrayList<>();
        for (Entity e : corpus().entities(kind())) {
            if (!listed(e, facts)) continue;
            List<Fact> about = facts.stream().filter(f -> f.mentions(e)).toList();
            List<Object> row = new ArrayList<>(List.of(e.id(), e.name()));
            extra.values().forEach(fn -> row.add(fn.apply(e)));
            row.add(about.size());
            row.add(about.stream().map(f -> f.report().id()).distinct().toList());
            rows.add(row);
        }
        if (rows.isEmpty()) return nothing("no " + kind().plural() + " match the filters");
        new Tabular(columns, rows).render(output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    private int profile(Entity e) {
        List<Fact> facts = facts(filters.filter(corpus()).about(kind(), e.id()));
        if (facts.isEmpty()) {
            boolean anyAtAll = !corpus().mentioning(e.kind(), List.of(e.id())).isEmpty();
            return nothing(e.name() + ": " + (anyAtAll ? "no facts match the filters" : "not mentioned"));
        }
        new Profile(header(e, facts), ProfileSections.of(kind(), facts, corpus().reports(), by)).render(view(), output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    Detail header(Entity e, List<Fact> facts) {
        return EntityDetail.of(e, facts, corpus(), output.format().human());
    }
}
