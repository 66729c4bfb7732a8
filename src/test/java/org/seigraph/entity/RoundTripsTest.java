package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seigraph.store.CypherRunner;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/**
 * No N+1: a list with nested fields is one compiled Cypher query (SelectionCompiler); below roots that are not
 * compiled, nested fields cost one round trip per field and level, however many entities they touch.
 */
class RoundTripsTest {

    private static final String NESTED = "{ subsectors%s { name sector { name } bureaus { rank bureau { name } } "
            + "technologies { name } parks { name } targets { asWritten } } }";

    private final GraphQlHttp http = SharedApp.http();
    private final CypherRunner cypher = SharedApp.bean(CypherRunner.class);
    private final int planAtUse = SharedApp.bean(SelectionCompiler.Settings.class).planAtUse();

    private long roundTrips(String query, int expectedSubsectors) {
        // warm caches (document texts) and have the shape recur so that its compiled query is planned: only the
        // request's own queries count
        for (int use = 1; use <= planAtUse; use++) {
            http.query(query);
        }
        cypher.awaitPlanning();
        long before = cypher.queriesRun();
        JsonNode answer = http.query(query);
        long after = cypher.queriesRun();
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.at("/data/subsectors")).hasSize(expectedSubsectors);
        return after - before;
    }

    @Test
    void allNineteenSubsectorsWithNestedFieldsInOneRoundTrip() {
        long all = roundTrips(NESTED.formatted(""), 19);
        // the list with sector, bureaus, technologies, parks and targets compiled into it
        assertThat(all).isEqualTo(1);
        // a filtered list adds only the check that the filter's id exists
        long three = roundTrips(NESTED.formatted("(sector: \"sector:绿色低碳\")"), 3);
        assertThat(three).isEqualTo(all + 1);
    }

    @Test
    void belowAnUncompiledRootEachFieldIsOneBatch() {
        String search = "{ search(text: \"产业\", kinds: [\"Subsector\"], first: 19) { entity { ... on Subsector { name%s } } } }";
        String bare = search.formatted("");
        String nested = search.formatted(" sector { name } bureaus { rank bureau { name } } technologies { name } parks { name } targets { asWritten }");
        long searchAlone = queriesFor(bare);
        long withFields = queriesFor(nested);
        // whatever the search itself costs, each nested field adds one batch: sector, bureaus, technologies, parks, targets
        assertThat(withFields - searchAlone).isEqualTo(5);
    }

    @Test
    void namesakesOfEverySearchHitCostTheSameRoundTripsForTwoHitsAsForTen() {
        String search = "{ search(text: \"产业\", first: %d) { entity { id }%s } }";
        long two = queriesFor(search.formatted(2, " sameName { id }")) - queriesFor(search.formatted(2, ""));
        long ten = queriesFor(search.formatted(10, " sameName { id }")) - queriesFor(search.formatted(10, ""));
        assertThat(ten).isEqualTo(two).isLessThanOrEqualTo(2);
    }

    private long queriesFor(String query) {
        http.query(query);
        long before = cypher.queriesRun();
        JsonNode answer = http.query(query);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.at("/data/search").size()).isGreaterThan(1);
        return cypher.queriesRun() - before;
    }
}
