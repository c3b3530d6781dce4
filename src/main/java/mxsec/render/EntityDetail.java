package mxsec.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        e.attributes().forEach((k, v) -> d.put(k, human ? describe(k, v, corpus) : v));
        d.put("description", e.description());
        Map<String, Long> counts = new java.util.HashMap<>();
        for (Fact f : facts) counts.merge(f.report().id(), 1L, Long::sum);
        Map<String, Long> perReport = new LinkedHashMap<>();
        for (Report r : corpus.reports()) {
            if (counts.containsKey(r.id())) perReport.put(r.id(), counts.get(r.id()));
        }
        d.put("facts", facts.size());
        d.put("reports", human
                ? perReport.entrySet().stream().map(x -> x.getKey() + " (" + x.getValue() + ")").toList()
                : new ArrayList<>(perReport.keySet()));
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
