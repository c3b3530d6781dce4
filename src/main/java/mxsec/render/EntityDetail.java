package mxsec.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.Report;

/** The header of an entity: its fields, and how many facts of which reports are about it. */
public final class EntityDetail {
    private EntityDetail() {}

    /** {@code human}: attributes that name another entity also show its name, report counts are inlined. */
    public static Detail of(Entity e, List<Fact> facts, Corpus corpus, boolean human) {
        Detail d = new Detail().put("name", e.name()).put("id", e.id()).put("kind", e.kind().singular())
                .put("aliases", e.aliases());
        // Which corpus defines it: machines are told whenever a user corpus is loaded, people when it is a user's.
        String user = mxsec.model.Location.userCorpusOf(e.location());
        if (human && user != null) d.put("corpus", user + " (a user corpus, not the built-in one)");
        else if (!human && !corpus.userCorpora().isEmpty()) d.put("corpus", FactView.corpusOf(e.location()));
        for (var a : e.attributes().entrySet()) d.put(a.getKey(), human ? describe(a.getKey(), a.getValue(), corpus) : a.getValue());
        // How reports misprint the name: found by it, never shown as a name of its own.
        if (human) {
            List<String> written = new ArrayList<>();
            for (var sp : e.misprints().entrySet()) written.add("in " + sp.getKey() + " as: " + String.join(", ", sp.getValue()));
            d.put("written", written);
        } else {
            d.put("spellings", e.misprints().isEmpty() ? null : e.misprints());
        }
        // Loops, not lambdas or streams (docs/performance.md).
        Map<Report, Integer> counts = new java.util.HashMap<>();
        for (Fact f : facts) {
            Integer n = counts.get(f.report());
            counts.put(f.report(), n == null ? 1 : n + 1);
        }
        List<String> reports = new ArrayList<>();
        for (Report r : corpus.reports()) {
            Integer n = counts.get(r);
            if (n != null) reports.add(human ? r.id() + " (" + n + ")" : r.id());
        }
        d.put("facts", facts.size());
        d.put("reports", reports);
        return d;
    }

    /** "origin: guadalajara-cartel (Guadalajara Cartel)". */
    private static String describe(String key, String value, Corpus corpus) {
        EntityKind target = switch (key) {
            case "origin" -> EntityKind.GROUP;
            case "state" -> EntityKind.STATE;
            case "president" -> EntityKind.PERSON;
            default -> null;
        };
        Entity other = target == null ? null : corpus.entity(target, value);
        return other == null ? value : value + " (" + other.name() + ")";
    }
}
