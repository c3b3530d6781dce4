package mxsec.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import mxsec.model.FactKind;
import mxsec.model.FuzzyDate;
import mxsec.model.Report;
import mxsec.query.FactFilter;
import mxsec.query.NameResolver;
import mxsec.text.Echo;
import mxsec.text.Suggest;
import picocli.CommandLine.Option;

/** The fact filters every query command shares: --report, --since, --until, --as-of, --kind, --topic. */
public class FilterOptions {
    @Option(names = "--report", paramLabel = "ID", description = "Only facts of this report (repeatable; a unique prefix is enough).")
    List<String> reports = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE", description = "Only facts dated in or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only facts dated in or before DATE.")
    String until;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Only what reports published by DATE said: what did we know then?")
    String asOf;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only facts of these kinds: event, statistic, assessment, presence, relationship, leadership, policy, recommendation.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--topic", paramLabel = "TOPIC", split = ",", description = "Only facts with one of these topics (see 'mxsec topics').")
    List<String> topics = new ArrayList<>();

    /** The filter, with names checked against the corpus (unknown ones are usage errors with suggestions). */
    public FactFilter filter(Corpus corpus) {
        return filter(corpus, Map.of());
    }

    public FactFilter filter(Corpus corpus, Map<EntityKind, Set<String>> entities) {
        Set<String> reportIds = new LinkedHashSet<>();
        for (String r : reports) reportIds.add(mxsec.query.ReportResolver.resolve(corpus, r).id());
        Set<FactKind> kindSet = new LinkedHashSet<>();
        for (String k : kinds) {
            FactKind kind = FactKind.fromKey(k.trim().toLowerCase(java.util.Locale.ROOT));
            if (kind == null) {
                throw new UsageException("unknown kind " + Echo.quote(k) + Suggest.didYouMean(k,
                        java.util.Arrays.stream(FactKind.values()).map(FactKind::key).toList()));
            }
            kindSet.add(kind);
        }
        Set<String> topicSet = new LinkedHashSet<>();
        for (String t : topics) {
            String topic = t.trim().toLowerCase(java.util.Locale.ROOT);
            if (!corpus.vocabulary().has("topics", topic)) {
                throw new UsageException("unknown topic " + Echo.quote(t) + Suggest.didYouMean(topic, corpus.vocabulary().terms("topics").keySet()));
            }
            topicSet.add(topic);
        }
        LocalDate from = day(since, "--since", true);
        LocalDate to = day(until, "--until", false);
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--since " + since + " is after --until " + until + ": the period is empty");
        }
        return new FactFilter(reportIds, from, to, day(asOf, "--as-of", false), kindSet, topicSet, entities);
    }

    /** The day of {@code --as-of}, or null. */
    public LocalDate asOfDay() {
        return day(asOf, "--as-of", false);
    }

    /** The reports a query searched: all, or those named with --report / allowed by --as-of. */
    public List<Report> searched(Corpus corpus) {
        FactFilter f = filter(corpus);
        return corpus.reports().stream()
                .filter(r -> f.reports().isEmpty() || f.reports().contains(r.id()))
                .filter(r -> f.asOf() == null || !r.published().first().isAfter(f.asOf()))
                .toList();
    }

    static LocalDate day(String text, String option, boolean first) {
        if (text == null) return null;
        try {
            FuzzyDate d = FuzzyDate.parse(text);
            return first ? d.first() : d.last();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** Entity filter options (--state, --group, ...) resolved to ids. */
    static Map<EntityKind, Set<String>> resolve(NameResolver resolver, Map<EntityKind, List<String>> typed) {
        Map<EntityKind, Set<String>> out = new EnumMap<>(EntityKind.class);
        typed.forEach((kind, names) -> {
            for (String name : names) out.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(resolver.resolve(kind, name).id());
        });
        return out;
    }
}
