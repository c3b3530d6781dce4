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
 * row each of type, id, kind, text, date, citation, (with a user corpus) corpus, score and matched words.
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
                    out.print(style.cyan(column.pad(h.entity().kind().singular())) + Style.safe(NameResolver.label(h.entity()))
                            + style.dim(FactView.userMark(h.entity().location(), style)) + "\n");
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
        boolean layered = view.layered();
        for (Search.Hit h : hits) {
            Double score = Math.round(h.score() * 1000) / 1000.0;
            List<Object> row;
            if (h.entity() != null) {
                row = new ArrayList<>(java.util.Arrays.asList("entity", h.entity().id(), h.entity().kind().singular(), h.entity().name(), null, null));
                if (layered) row.add(FactView.corpusOf(h.entity().location()));
            } else {
                Fact f = h.fact();
                row = new ArrayList<>(java.util.Arrays.asList("fact", f.globalId(), f.kind().key(), f.summary(),
                        f.date() == null ? null : f.date().text(), FactView.citation(f)));
                if (layered) row.add(FactView.corpusOf(f.location()));
            }
            row.add(score);
            row.add(h.matched());
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of("type", "id", "kind", "text", "date", "citation", "score", "matched"));
        if (layered) columns.add(columns.indexOf("citation") + 1, "corpus"); // with a user corpus: which corpus each row is from
        new Tabular(columns, rows).render(format, style, out);
    }
}
