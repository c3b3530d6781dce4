package mxsec.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.model.RelationTypes;

/** Relationship facts merged into edges: one per (group, type, other), with every report and date that states it. */
record RelationEdges(List<Edge> edges) {
    record Edge(String group, String type, String other, List<Fact> facts) {
        List<String> reports() {
            return facts.stream().map(f -> f.report().id()).distinct().toList();
        }

        List<String> dates() {
            return facts.stream().map(f -> f.effectiveDate().text()).distinct().toList();
        }

        /** "ellis-2016 (2016-01); ellis-2018-mar (2018-03)". */
        String cited() {
            List<String> parts = new ArrayList<>();
            for (Fact f : facts) {
                String s = f.report().id() + " (" + f.effectiveDate().text() + ")";
                if (!parts.contains(s)) parts.add(s);
            }
            return String.join("; ", parts);
        }
    }

    static RelationEdges of(Corpus corpus, Predicate<Fact> filter) {
        Map<String, List<Fact>> merged = new LinkedHashMap<>();
        for (Fact f : corpus.facts()) {
            if (f.relationship() == null || !filter.test(f)) continue;
            var r = f.relationship();
            String a = r.group();
            String b = r.other();
            // alliance/rivalry/cooperation have no direction: one edge per unordered pair
            if (RelationTypes.SYMMETRIC.contains(r.type()) && a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
            merged.computeIfAbsent(a + "\u0000" + r.type() + "\u0000" + b, k -> new ArrayList<>()).add(f);
        }
        List<Edge> edges = new ArrayList<>();
        merged.forEach((key, facts) -> {
            String[] p = key.split("\u0000");
            edges.add(new Edge(p[0], p[1], p[2], List.copyOf(facts)));
        });
        return new RelationEdges(edges);
    }
}
