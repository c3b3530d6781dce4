package mxsec.cli;

import java.util.List;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.query.EntityListing;
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
@Marks({Mark.APPROXIMATE_DATE, Mark.INFERRED_DATE, Mark.CONTRADICTS, Mark.UPDATED, Mark.EARLIER, Mark.AGREES})
abstract class EntityCommand extends QuotingCommand {
    /** The words of the name: {@code mxsec person caro quintero} needs no quotes. */
    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Name, alias, id or code; a unique prefix is enough. A name of several words needs no quotes.")
    List<String> name;

    @Option(names = "--by", paramLabel = "ORDER", defaultValue = "report",
            description = "How to order what the reports say: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: newest report first).")
    ProfileSections.By by = ProfileSections.By.report;

    abstract EntityKind kind();

    /** Which groups a list keeps; only {@code group} has list filters. */
    EntityListing.GroupFilter groupFilter() {
        return EntityListing.GroupFilter.ANY;
    }

    @Override
    protected int execute() {
        return name == null || name.isEmpty() ? list() : profile(resolver().resolve(kind(), String.join(" ", name)));
    }

    private int list() {
        EntityListing listing = EntityListing.of(corpus(), kind(), facts(filters.filter(corpus())), groupFilter());
        if (listing.rows().isEmpty()) return nothing("no " + kind().plural() + " match the filters");
        new Tabular(listing.columns(), listing.rows()).render(output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    private int profile(Entity e) {
        FactFilter filter = filters.filter(corpus());
        List<Fact> facts = kind() == EntityKind.STATE ? FactFilter.aboutStateAndItsPlaces(filter, corpus(), e.id()) : facts(filter.about(kind(), e.id()));
        if (facts.isEmpty()) {
            boolean anyAtAll = !corpus().mentioning(e.kind(), List.of(e.id())).isEmpty();
            return nothing(e.name() + ": " + (anyAtAll ? "no facts match the filters" : "not mentioned"));
        }
        new Profile(header(e, facts), ProfileSections.of(kind(), e.id(), facts, corpus().reports(), by)).render(view(), output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    Detail header(Entity e, List<Fact> facts) {
        return EntityDetail.of(e, facts, corpus(), output.format().human());
    }
}
