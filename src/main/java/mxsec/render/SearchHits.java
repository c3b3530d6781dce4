package mxsec.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mxsec.model.Fact;
import mxsec.query.NameResolver;
import mxsec.query.Search;

/**
 * The hits of a search, best first: for people an entity's kind and label or a fact as {@link FactView} prints
 * it, in one label column; for programs a row each of type, id, kind, text, date, citation and score.
 */
public final class SearchHits {
    private SearchHits() {}

    public static void render(List<Search.Hit> hits, FactView view, OutputFormat format, Style style, PrintWriter out) {
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
                }
            }
            out.flush();
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Search.Hit h : hits) {
            if (h.entity() != null) {
                rows.add(java.util.Arrays.asList("entity", h.entity().id(), h.entity().kind().singular(), h.entity().name(), null, null, h.score()));
            } else {
                Fact f = h.fact();
                rows.add(java.util.Arrays.asList("fact", f.globalId(), f.kind().key(), f.summary(),
                        f.date() == null ? null : f.date().text(), FactView.citation(f), h.score()));
            }
        }
        new Tabular(List.of("type", "id", "kind", "text", "date", "citation", "score"), rows).render(format, style, out);
    }
}
