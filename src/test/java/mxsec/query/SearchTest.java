package mxsec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.cli.CliRunner;
import mxsec.load.BuiltInCorpus;
import mxsec.model.Corpus;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.model.Report;
import mxsec.text.Fold;
import org.junit.jupiter.api.Test;

/** What {@code search} finds and in which order: on the built-in corpus. */
class SearchTest {
    private static final Corpus CORPUS = BuiltInCorpus.load();

    private static Search.Result search(String query) {
        return Search.search(CORPUS, query, FactFilter.ALL, 0, Search.Type.ALL);
    }

    private static List<String> factIds(Search.Result result) {
        List<String> ids = new ArrayList<>();
        for (Search.Hit h : result.facts()) ids.add(h.fact().globalId());
        return ids;
    }

    /** The "id" fields of the CLI's JSON, in order. */
    private static List<String> jsonIds(String json) {
        List<String> ids = new ArrayList<>();
        String key = "\"id\" : \"";
        for (int at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + 1)) {
            int start = at + key.length();
            ids.add(json.substring(start, json.indexOf('"', start)));
        }
        return ids;
    }

    @Test
    void otherWordFormsFindTheFact() {
        assertThat(factIds(search("demobilized")).get(0)).isEqualTo("ellis-2018-mar/farc-demobilization");
        assertThat(search("extradite").facts().get(0).matched()).containsAnyOf("extradited", "extradition");
        assertThat(search("advisor").facts().get(0).matched()).contains("adviser");
        assertThat(search("killings").facts()).isNotEmpty().allMatch(h -> !h.matched().isEmpty());
    }

    @Test
    void aMissingWordLowersTheScoreInsteadOfDroppingTheFact() {
        List<Search.Hit> both = search("fentanyl china").facts();
        List<Search.Hit> one = search("fentanyl xyzzyq").facts();
        assertThat(one).isNotEmpty();
        assertThat(factIds(search("fentanyl xyzzyq"))).containsExactlyElementsOf(factIds(search("fentanyl")));
        assertThat(both.get(0).matched()).containsExactly("fentanyl", "china");
        for (int i = 1; i < both.size(); i++) assertThat(both.get(i - 1).score()).isGreaterThanOrEqualTo(both.get(i).score());
    }

    @Test
    void aQuotedPhraseMustStandTogetherAndAMinusWordExcludes() {
        List<Search.Hit> phrase = search("\"fuel theft\"").facts();
        assertThat(phrase).isNotEmpty().allMatch(h -> h.matched().contains("fuel theft"));
        for (Search.Hit h : search("cjng -sinaloa").facts()) {
            assertThat(Fold.words(h.fact().summary())).doesNotContain(" sinaloa ");
            assertThat(h.fact().refs(EntityKind.GROUP)).doesNotContain("sinaloa-cartel");
        }
        assertThat(search("cjng -sinaloa").facts().size()).isLessThan(search("cjng").facts().size());
    }

    @Test
    void aNameOrAliasAlsoFindsTheFactsAboutItsEntity() {
        Entity amlo = CORPUS.entity(EntityKind.PERSON, "andres-manuel-lopez-obrador");
        Search.Result result = search("amlo");
        assertThat(result.entities()).extracting(Search.Hit::entity).contains(amlo);
        boolean unnamed = false;
        for (Search.Hit h : result.facts()) {
            unnamed |= h.fact().mentions(amlo) && !Fold.words(h.fact().summary()).contains(" amlo ");
        }
        assertThat(unnamed).as("a fact about AMLO whose summary does not say 'AMLO'").isTrue();
    }

    @Test
    void entityRowsComeFirstAtMostFiveAndDoNotCountTowardTheLimit() {
        Search.Result result = Search.search(CORPUS, "cartel", FactFilter.ALL, 3, Search.Type.ALL);
        assertThat(result.facts()).hasSize(3);
        assertThat(result.entities()).isNotEmpty().hasSizeLessThanOrEqualTo(Search.MAX_ENTITIES);
        assertThat(Search.search(CORPUS, "cartel", FactFilter.ALL, 3, Search.Type.FACT).entities()).isEmpty();
        assertThat(Search.search(CORPUS, "cartel", FactFilter.ALL, 3, Search.Type.ENTITY).facts()).isEmpty();
    }

    @Test
    void filtersApplyToEntityRows() {
        Entity guerrero = CORPUS.entity(EntityKind.STATE, "guerrero");
        int with = 0, without = 0;
        for (Report r : CORPUS.reports()) {
            FactFilter only = new FactFilter(Set.of(r.id()), null, null, null, Set.of(), Set.of(), Map.of());
            boolean has = false;
            for (Fact f : CORPUS.mentioning(EntityKind.STATE, List.of("guerrero"))) has |= only.test(f);
            List<Entity> rows = new ArrayList<>();
            for (Search.Hit h : Search.search(CORPUS, "guerrero", only, 0, Search.Type.ALL).entities()) rows.add(h.entity());
            if (has) {
                with++;
                assertThat(rows).contains(guerrero);
            } else {
                without++;
                assertThat(rows).doesNotContain(guerrero);
            }
            for (Search.Hit h : Search.search(CORPUS, "guerrero", only, 0, Search.Type.ALL).facts()) {
                assertThat(h.fact().report().id()).isEqualTo(r.id());
            }
        }
        assertThat(with).isPositive();
        assertThat(without).isPositive();
    }

    @Test
    void theOrderIsTheSameEveryTimeAndTiesGoByDateThenId() {
        assertThat(factIds(search("violence"))).isEqualTo(factIds(search("violence")));
        List<Search.Hit> hits = search("violence").facts();
        for (int i = 1; i < hits.size(); i++) {
            Search.Hit a = hits.get(i - 1), b = hits.get(i);
            if (Math.abs(a.score() - b.score()) > 1e-6) continue;
            String da = a.fact().effectiveDate().first().toString(), db = b.fact().effectiveDate().first().toString();
            assertThat(da.compareTo(db) < 0 || da.equals(db) && a.fact().globalId().compareTo(b.fact().globalId()) < 0).isTrue();
        }
    }

    @Test
    void aMissSuggestsNearWordsAndNames() {
        assertThat(search("mexicles").isEmpty()).isTrue();
        Search.Hints hints = Search.hints(CORPUS, "mexicles");
        assertThat(hints.entities()).contains("los-mezcales (Los Mezcales)");
        assertThat(Search.hints(CORPUS, "fentanil").words()).contains("fentanyl");
    }

    @Test
    void theCliPrintsTheSameRanking() {
        CliRunner.Result cli = CliRunner.mxsec("search", "fentanyl", "china", "-o", "json", "--type", "fact");
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(jsonIds(cli.out())).isEqualTo(factIds(Search.search(CORPUS, "fentanyl china", FactFilter.ALL, 20, Search.Type.FACT)));
        assertThat(cli.out()).contains("\"matched\" : [ \"fentanyl\", \"china\" ]", "\"score\" : ");

        CliRunner.Result minus = CliRunner.mxsec("search", "cjng", "-sinaloa", "-o", "json");
        assertThat(minus.exitCode()).as(minus.toString()).isZero();

        CliRunner.Result miss = CliRunner.mxsec("search", "mexicles");
        assertThat(miss.exitCode()).isEqualTo(1);
        assertThat(miss.out()).startsWith("no fact matches 'mexicles' in the 5 reports searched (")
                .contains("names near it: los-mezcales (Los Mezcales)").doesNotContain("not mentioned");

        CliRunner.Result stop = CliRunner.mxsec("search", "the", "of");
        assertThat(stop.exitCode()).isEqualTo(2);
        assertThat(stop.err()).contains("common word");
    }
}
