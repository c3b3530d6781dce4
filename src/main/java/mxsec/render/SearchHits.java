package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mxsec.model.Fact;
import mxsec.query.NameResolver;
import mxsec.query.Search;

/**
 * The hits of a search, entities first, then facts, best first: for people an entity's kind and label or a fact as
 * {@link FactView} prints it, in one label column, each fact followed by the words that matched; for programs a
 * row each of type, id, kind, text, date, citation, score and matched words.
 */
public final class SearchHits {
    private SearchHits() {}

    public static void render(Search.Result result, FactView view, OutputFormat format, Style style, PrintWriter out) {
        List<Search.Hit> hits = new ArrayList<>(result.entities());
        hits.addAll(result.facts());
        if (format == OutputFormat.TABLE) {
            List<String> kinds = new ArrayList<>();
            for (Search.Hit h : hits) if (h.entity() != null) kinds.add(h.entity().kind().singular());
            // One label column for kinds and dates: as wide as the facts' date column, or as the longest kind and a gap.
            LabelColumn column = LabelColumn.fitting(FactView.DATES.width(), 2, kinds);
            for (Search.Hit h : hits) {
                if (h.entity() != null) {
                    out.print(style.cyan(column.pad(h.entity().kind().singular())) + Style.safe(NameResolver.label(h.entity())) + "\n");
                } else {
                    view.printHuman(h.fact(), column, style, out);
                    if (!h.matched().isEmpty()) {
                        out.print(column.indent() + style.dim("matched: ") + style.bold(Style.safe(String.join(", ", h.matched()))) + "\n");
                    }
                }
            }
            out.flush();
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Search.Hit h : hits) {
            Double score = Math.round(h.score() * 1000) / 1000.0;
            if (h.entity() != null) {
                rows.add(java.util.Arrays.asList("entity", h.entity().id(), h.entity().kind().singular(), h.entity().name(), null, null,
                        score, h.matched()));
            } else {
                Fact f = h.fact();
                rows.add(java.util.Arrays.asList("fact", f.globalId(), f.kind().key(), f.summary(),
                        f.date() == null ? null : f.date().text(), FactView.citation(f), score, h.matched()));
            }
        }
        new Tabular(List.of("type", "id", "kind", "text", "date", "citation", "score", "matched"), rows).render(format, style, out);
    }
}
