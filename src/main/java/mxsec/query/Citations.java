package mxsec.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.Report;
import mxsec.text.Echo;
import mxsec.text.Suggest;

/**
 * What {@code mxsec cite} cites: each id typed becomes one or more references, a report alone or a fact (its report
 * plus where in it the fact stands). An entity cites the reports its facts come from, one reference per report, in
 * the corpus's report order (by date). References come in the order typed, each once.
 */
public final class Citations {
    private Citations() {}

    /** A reference: a report, and the fact it is cited for (null: the report as a whole). */
    public record Citation(Report report, Fact fact) {
        /** The report id or the fact's global id: unique among references. */
        public String id() {
            return fact == null ? report.id() : fact.globalId();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Citation c && c.id().equals(id());
        }

        @Override
        public int hashCode() {
            return id().hashCode();
        }
    }

    /**
     * The references {@code ids} name. An id with a slash is a fact ({@code report/fact}); otherwise, in this order:
     * a report id, an entity a spelling names exactly, a fact id only one report uses, a prefix of one report id,
     * then entity names as everywhere (a prefix, "did you mean"). Throws {@link UnknownNameException} (exit 2).
     */
    public static List<Citation> of(Corpus corpus, List<String> ids) {
        Set<Citation> all = new LinkedHashSet<>();
        NameResolver resolver = null;
        for (String typed : ids) {
            NameResolver.checkLength(typed);
            String id = typed.strip();
            if (id.contains("/")) {
                all.add(fact(corpus, id));
                continue;
            }
            Report report = corpus.report(id.toLowerCase(java.util.Locale.ROOT));
            if (report != null) {
                all.add(new Citation(report, null));
                continue;
            }
            if (resolver == null) resolver = NameResolver.of(corpus);
            if (NameResolver.saidKind(id) == null) {
                List<Entity> exact = resolver.exact(EnumSet.allOf(EntityKind.class), id);
                if (exact.size() == 1) {
                    all.addAll(reportsOf(corpus, exact.get(0)));
                    continue;
                }
                List<Fact> facts = corpus.factsWithLocalId(id);
                if (facts.size() == 1) {
                    all.add(new Citation(facts.get(0).report(), facts.get(0)));
                    continue;
                }
                List<Report> reports = ReportResolver.candidates(corpus, id);
                if (reports.size() == 1) {
                    all.add(new Citation(reports.get(0), null));
                    continue;
                }
                if (reports.size() > 1) ReportResolver.resolve(corpus, id); // throws: which of them
            }
            all.addAll(reportsOf(corpus, entity(corpus, resolver, id)));
        }
        return new ArrayList<>(all);
    }

    /** The reports with a fact that mentions {@code e}, in the corpus's report order. */
    public static List<Citation> reportsOf(Corpus corpus, Entity e) {
        Set<Report> with = new LinkedHashSet<>();
        for (Fact f : corpus.mentioning(e.kind(), List.of(e.id()))) with.add(f.report());
        List<Citation> cited = new ArrayList<>();
        for (Report r : corpus.reports()) {
            if (with.contains(r)) cited.add(new Citation(r, null));
        }
        if (cited.isEmpty()) {
            throw new UnknownNameException("no report says anything of " + e.name() + " (" + e.kind().singular() + ":" + e.id()
                    + "): nothing to cite", List.of());
        }
        return cited;
    }

    private static Citation fact(Corpus corpus, String id) {
        Fact f = corpus.fact(id);
        if (f != null) return new Citation(f.report(), f);
        List<String> all = new ArrayList<>();
        for (Fact each : corpus.facts()) all.add(each.globalId());
        throw new UnknownNameException("unknown fact " + Echo.quote(id) + Suggest.didYouMean(id, all), Suggest.closest(id, all, 3));
    }

    /** An entity by name; when it names none, the nearest report and fact ids are offered with the nearest names. */
    private static Entity entity(Corpus corpus, NameResolver resolver, String id) {
        try {
            return resolver.resolveAny(id);
        } catch (UnknownNameException e) {
            if (NameResolver.saidKind(id) != null || e.getMessage().contains("' could be ")) throw e;
            List<String> ids = new ArrayList<>();
            for (Report r : corpus.reports()) ids.add(r.id());
            for (Fact f : corpus.facts()) ids.add(f.id());
            List<String> near = new ArrayList<>();
            for (String n : Suggest.closest(id, ids, 3)) {
                if (corpus.report(n) != null) near.add(n);
                else for (Fact f : corpus.factsWithLocalId(n)) near.add(f.globalId());
            }
            near.addAll(e.candidates());
            throw new UnknownNameException("unknown report, fact or name " + Echo.quote(id)
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"), near);
        }
    }
}
