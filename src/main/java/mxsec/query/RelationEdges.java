package mxsec.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.model.RelationTypes;

/**
 * Relationship facts merged into edges: one per (group, type, other), with every fact, report and date that
 * states it. Alliances, rivalries and cooperation have no direction: one edge per unordered pair, the group
 * with the smaller id first. (Loops, not streams or lambdas: this runs on the start-up paths of graph and lineage.)
 */
public final class RelationEdges {
    private RelationEdges() {}

    /** One edge: "group TYPE other", stated by {@code facts} (in corpus order). */
    public record Edge(String group, String type, String other, List<Fact> facts) {
        /** Whether the relation reads one way only (a lineage, say), not alike from both ends. */
        public boolean directed() {
            return !RelationTypes.SYMMETRIC.contains(type);
        }

        /** Whether it is an edge of a family tree: the group came from the other (see {@link RelationTypes#LINEAGE}). */
        public boolean lineage() {
            return RelationTypes.LINEAGE.contains(type);
        }

        /** The reports that state it, each once, in the order of the facts. */
        public List<String> reports() {
            List<String> out = new ArrayList<>();
            for (Fact f : facts) if (!out.contains(f.report().id())) out.add(f.report().id());
            return out;
        }

        /** The dates it is stated for, each once, in the order of the facts. */
        public List<String> dates() {
            List<String> out = new ArrayList<>();
            for (Fact f : facts) if (!out.contains(f.effectiveDate().text())) out.add(f.effectiveDate().text());
            return out;
        }

        /** The global ids of its facts. */
        public List<String> factIds() {
            List<String> out = new ArrayList<>(facts.size());
            for (Fact f : facts) out.add(f.globalId());
            return out;
        }

        /** Which report states it for which date: each pair once, in the order of the facts. */
        public List<Citation> citations() {
            List<Citation> out = new ArrayList<>();
            for (Fact f : facts) {
                String report = f.report().id();
                String date = f.effectiveDate().text();
                boolean seen = false;
                for (Citation c : out) seen |= c.report.equals(report) && c.date.equals(date);
                if (!seen) out.add(new Citation(report, date));
            }
            return out;
        }
    }

    /** A report stating an edge, and the date it states it for. */
    public record Citation(String report, String date) {}

    /** The edges of the relationship facts that {@code filter} keeps, in the order of each edge's first fact. */
    public static List<Edge> of(Corpus corpus, Predicate<Fact> filter) {
        Map<String, Pending> merged = new LinkedHashMap<>();
        for (Fact f : corpus.facts()) {
            if (f.relationship() == null || !filter.test(f)) continue;
            Fact.Relationship r = f.relationship();
            String a = r.group();
            String b = r.other();
            if (RelationTypes.SYMMETRIC.contains(r.type()) && a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
            String key = a + "\u0000" + r.type() + "\u0000" + b;
            Pending p = merged.get(key);
            if (p == null) merged.put(key, p = new Pending(a, r.type(), b));
            p.facts.add(f);
        }
        List<Edge> edges = new ArrayList<>(merged.size());
        for (Pending p : merged.values()) edges.add(new Edge(p.group, p.type, p.other, List.copyOf(p.facts)));
        return edges;
    }

    /** The edges with an end in {@code groups} (ids); all of them when it is empty. */
    public static List<Edge> touching(List<Edge> edges, Set<String> groups) {
        if (groups.isEmpty()) return edges;
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) if (groups.contains(e.group) || groups.contains(e.other)) out.add(e);
        return out;
    }

    private static final class Pending {
        final String group;
        final String type;
        final String other;
        final List<Fact> facts = new ArrayList<>();

        Pending(String group, String type, String other) {
            this.group = group;
            this.type = type;
            this.other = other;
        }
    }
}
