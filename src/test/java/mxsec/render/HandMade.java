package mxsec.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mxsec.model.Fact;
import mxsec.model.FactKind;
import mxsec.model.FuzzyDate;
import mxsec.model.Report;
import mxsec.query.RelationEdges.Edge;

/** Small records made by hand for the writers' tests: edges stated by reports on dates. */
final class HandMade {
    private HandMade() {}

    static Report report(String id) {
        return new Report(id, "Report " + id, List.of("A. Author"), false, "Publisher", FuzzyDate.parse("2020"), false, null,
                "report", null, List.of(), null);
    }

    /** An edge stated by one fact per "report@date". */
    static Edge edge(String group, String type, String other, String... stated) {
        List<Fact> facts = new ArrayList<>();
        for (String s : stated) {
            int at = s.indexOf('@');
            facts.add(new Fact(report(s.substring(0, at)), group + "-" + type + "-" + facts.size(), FactKind.RELATIONSHIP,
                    FuzzyDate.parse(s.substring(at + 1)), false, false, "summary", Map.of(), List.of(), null, null, null, List.of(), null,
                    null, null, new Fact.Relationship(group, type, other), null, null, null, null));
        }
        return new Edge(group, type, other, List.copyOf(facts));
    }
}
