package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mxsec.Fixtures;
import mxsec.model.Corpus;
import mxsec.model.Fact;
import mxsec.model.LinkType;
import mxsec.model.Links;
import mxsec.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Every link between the built-in reports, per pair of reports, in one golden file (golden/links-by-report-pair.txt),
 * so that a reviewer sees them all in one place; and the links' promises: each seen from both ends, updates only
 * from later reports, contradictions between figures only where the point is the same and the bounds clash.
 */
class LinksBetweenReportsTest {
    private static final Corpus CORPUS = BuiltIn.CORPUS;

    /** "LATER updates EARLIER", "A contradicts B", "A agrees B" with the earlier report first otherwise. */
    @Test
    void theLinksOfEveryPairOfReportsMatchTheirGoldenFile() {
        List<Report> reports = List.copyOf(CORPUS.reports());
        Map<String, List<String>> byPair = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) byPair.put(reports.get(i).id() + " x " + reports.get(j).id(), new ArrayList<>());
        }
        for (Fact f : CORPUS.facts()) {
            for (Links.Linked l : CORPUS.links(f)) {
                Fact o = l.other();
                int a = reports.indexOf(f.report()), b = reports.indexOf(o.report());
                if (a >= b) continue; // each link once, from the earlier report's fact
                String line = switch (l.type()) {
                    case UPDATED_BY -> "updates      " + o.globalId() + " <- " + f.globalId();
                    case CONTRADICTS -> "contradicts  " + f.globalId() + " <> " + o.globalId() + (written(f, o) ? "" : "  (figures: found, not written)");
                    case AGREES -> "agrees       " + f.globalId() + " = " + o.globalId();
                    case UPDATES -> throw new AssertionError(f.globalId() + " updates a fact of a later report: " + o.globalId());
                };
                byPair.get(f.report().id() + " x " + o.report().id()).add(line);
            }
        }
        StringBuilder text = new StringBuilder();
        byPair.forEach((pair, lines) -> {
            lines.sort(null);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String t : List.of("contradicts", "updates", "agrees")) counts.put(t, 0);
            for (String line : lines) counts.merge(line.substring(0, line.indexOf(' ')), 1, Integer::sum);
            text.append(pair).append(": ").append(counts.get("contradicts")).append(" contradicts, ").append(counts.get("updates"))
                    .append(" updates, ").append(counts.get("agrees")).append(" agrees\n");
            for (String line : lines) text.append("  ").append(line).append('\n');
            text.append('\n');
        });
        assertThat(text.toString()).isEqualTo(Fixtures.golden("links-by-report-pair.txt", text.toString()));
        // Every pair of reports that cover a common subject is linked somewhere.
        assertThat(byPair.values()).allSatisfy(lines -> assertThat(lines).isNotEmpty());
    }

    private static boolean written(Fact f, Fact o) {
        for (Fact.Link l : f.links()) if (l.target().equals(o.globalId())) return true;
        for (Fact.Link l : o.links()) if (l.target().equals(f.globalId())) return true;
        return false;
    }

    @Test
    void eachLinkIsSeenFromBothEndsWithItsReverseType() {
        for (Fact f : CORPUS.facts()) {
            for (Links.Linked l : CORPUS.links(f)) {
                assertThat(CORPUS.links(l.other())).as(f.globalId() + " -> " + l.other().globalId())
                        .anySatisfy(back -> {
                            assertThat(back.other()).isEqualTo(f);
                            assertThat(back.type()).isEqualTo(l.type().reverse());
                        });
            }
        }
    }

    @Test
    void theReportsPointsAreLinkedAsTheirReadersNeedThem() {
        assertThat(types("ellis-2016/cjng-sinaloa-alliance", "ellis-2018-mar/cjng-sinaloa-rivalry")).containsExactly(LinkType.UPDATED_BY);
        assertThat(types("ellis-2018-mar/zetas-veracruz", "ellis-2022/cjng-dominates-veracruz")).containsExactly(LinkType.UPDATED_BY);
        assertThat(types("ellis-2016/cjng-helicopter-downing", "ellis-2018-mar/cjng-helicopter-downing")).containsExactly(LinkType.CONTRADICTS);
        assertThat(types("ellis-2016/cjng-guadalajara-blockade", "ellis-2022/cjng-guadalajara-blockades-2015")).containsExactly(LinkType.CONTRADICTS);
        assertThat(types("ellis-2016/cjng-jalisco-2015", "ellis-2022/cjng-present-guadalajara")).containsExactly(LinkType.CONTRADICTS);
        assertThat(types("ellis-2018-mar/criminal-groups-245", "ellis-2018-may/criminal-groups-end-pena-nieto")).containsExactly(LinkType.CONTRADICTS);
        // Other years, other scopes: no link, written or found.
        assertThat(types("ellis-2022/homicides-per-year-33000", "felbab-brown-2024/homicides-2023")).isEmpty();
        assertThat(types("ellis-2018-mar/criminal-groups-245", "ellis-2022/crisis-group-463-entities")).isEmpty();
        assertThat(types("ellis-2018-may/criminal-groups-end-pena-nieto", "ellis-2022/amlo-37-cartels-2019")).isEmpty();
    }

    private static List<LinkType> types(String from, String to) {
        Fact f = CORPUS.facts().stream().filter(x -> x.globalId().equals(from)).findFirst().orElseThrow();
        return CORPUS.links(f).stream().filter(l -> l.other().globalId().equals(to)).map(Links.Linked::type).toList();
    }
}
