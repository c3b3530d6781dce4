package mxsec.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mxsec.model.Corpus;
import mxsec.model.Report;
import mxsec.text.Echo;
import mxsec.text.Suggest;

/**
 * The one way every command finds a report from what a user typed: its id, or a prefix of exactly one id
 * ({@code felbab} for felbab-brown-2024), without regard to case.
 */
public final class ReportResolver {
    private ReportResolver() {}

    /** The report of that id, else every report whose id starts with it (in date order); empty when none. */
    public static List<Report> candidates(Corpus corpus, String typed) {
        NameResolver.checkLength(typed);
        String key = typed.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) return List.of();
        Report exact = corpus.report(key);
        if (exact != null) return List.of(exact);
        List<Report> prefixed = new ArrayList<>();
        for (Report r : corpus.reports()) if (r.id().startsWith(key)) prefixed.add(r);
        return prefixed;
    }

    /** The one report {@code typed} names; throws {@link UnknownNameException} (with "did you mean") otherwise. */
    public static Report resolve(Corpus corpus, String typed) {
        List<Report> matches = candidates(corpus, typed);
        if (matches.size() == 1) return matches.get(0);
        List<String> ids = new ArrayList<>();
        if (matches.size() > 1) {
            for (Report r : matches) ids.add(r.id());
            throw new UnknownNameException(Echo.quote(typed) + " could be " + ids.size() + " reports: " + String.join(", ", ids)
                    + "; type more of the id", ids);
        }
        for (Report r : corpus.reports()) ids.add(r.id());
        String near = Suggest.didYouMean(typed, ids);
        throw new UnknownNameException("unknown report " + Echo.quote(typed)
                + (near.isEmpty() ? "; the reports are " + String.join(", ", ids) : near), Suggest.closest(typed, ids, 3));
    }
}
