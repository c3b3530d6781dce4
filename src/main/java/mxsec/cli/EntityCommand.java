package mxsec.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.Report;
import mxsec.query.FactFilter;
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
    enum By { report, date, kind }

    /** The words of the name: {@code mxsec person caro quintero} needs no quotes. */
    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Name, alias, id or code; a unique prefix is enough. A name of several words needs no quotes.")
    List<String> name;

    @Option(names = "--by", paramLabel = "ORDER", defaultValue = "report",
            description = "How to order what the reports say: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: newest report first).")
    By by = By.report;

    /** A section of a profile: the facts that {@code matches}, in {@code order}. */
    record Spec(String key, String title, Predicate<Fact> matches, Comparator<Fact> order) {
        /** The section of the facts of one kind. */
        static Spec of(String key, String title, FactKind kind, Comparator<Fact> order) {
            return new Spec(key, title, new OfKind(kind), order);
        }
    }

    // Classes rather than lambdas on the path of every profile (docs/performance.md).

    private record OfKind(FactKind kind) implements Predicate<Fact> {
        @Override
        public boolean test(Fact f) {
            return f.kind() == kind;
        }
    }

    static final Comparator<Fact> BY_DATE = mxsec.query.FactOrder.BY_DATE;

    static final Comparator<Fact> BY_REPORT_THEN_DATE = new Comparator<>() {
        @Override
        public int compare(Fact a, Fact b) {
            int byReport = a.report().published().compareTo(b.report().published());
            return byReport != 0 ? byReport : a.effectiveDate().compareTo(b.effectiveDate());
        }
    };

    abstract EntityKind kind();

    /** The profile sections special to this kind, before events, figures and what each report says. */
    List<Spec> specs(Entity e) {
        return List.of();
    }

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
        new Profile(header(e, facts), sections(e, facts)).render(view(), output.format(), output.style(), output.out());
        return ExitCodes.OK;
    }

    Detail header(Entity e, List<Fact> facts) {
        return EntityDetail.of(e, facts, corpus(), output.format().human());
    }

    private List<Profile.Section> sections(Entity e, List<Fact> facts) {
        List<Spec> specs = new ArrayList<>(specs(e));
        specs.add(Spec.of("events", "Events", FactKind.EVENT, BY_DATE));
        specs.add(Spec.of("figures", "Figures", FactKind.STATISTIC, BY_DATE));
        List<Fact> rest = new ArrayList<>(facts);
        List<Profile.Section> out = new ArrayList<>();
        for (Spec s : specs) {
            List<Fact> matched = new ArrayList<>();
            List<Fact> left = new ArrayList<>(rest.size());
            for (Fact f : rest) (s.matches().test(f) ? matched : left).add(f);
            matched.sort(s.order());
            rest = left;
            out.add(new Profile.Section(s.key(), s.title(), matched));
        }
        switch (by) {
            case report -> {
                List<Report> newestFirst = new ArrayList<>(corpus().reports());
                java.util.Collections.reverse(newestFirst);
                Map<Report, List<Fact>> byReport = new java.util.HashMap<>();
                for (Fact f : rest) {
                    List<Fact> said = byReport.get(f.report());
                    if (said == null) byReport.put(f.report(), said = new ArrayList<>());
                    said.add(f);
                }
                for (Report r : newestFirst) {
                    List<Fact> said = byReport.getOrDefault(r, List.of());
                    out.add(new Profile.Section("report:" + r.id(), "What " + r.id() + " says (" + r.published().text() + ")", said));
                }
            }
            case date -> out.add(new Profile.Section("other", "What the reports say, by date", rest.stream().sorted(BY_DATE).toList()));
            case kind -> {
                for (FactKind k : FactKind.values()) {
                    out.add(new Profile.Section("kind:" + k.key(), "What the reports say: " + k.key() + " facts",
                            rest.stream().filter(f -> f.kind() == k).sorted(BY_REPORT_THEN_DATE).toList()));
                }
            }
        }
        return out;
    }
}
