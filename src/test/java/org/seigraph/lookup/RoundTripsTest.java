package org.seigraph.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seigraph.store.CypherRunner;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/** No N+1: nested fields cost one Cypher round trip per field and level, however many entities they touch. */
class RoundTripsTest {

    private static final String NESTED = "{ subsectors%s { name sector { name } bureaus { rank bureau { name } } "
            + "technologies { name } parks { name } targets { asWritten } } }";

    private final GraphQlHttp http = SharedApp.http();
    private final CypherRunner cypher = SharedApp.bean(CypherRunner.class);

    private long roundTrips(String query, int expectedSubsectors) {
        http.query(query); // warm caches (document texts) so only the request's own queries are counted
        long before = cypher.queriesRun();
        JsonNode answer = http.query(query);
        long after = cypher.queriesRun();
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.at("/data/subsectors")).hasSize(expectedSubsectors);
        return after - before;
    }

    @Test
    void allNineteenSubsectorsWithNestedFieldsInSixRoundTrips() {
        long all = roundTrips(NESTED.formatted(""), 19);
        // the list, then one batch each for sector, bureaus, technologies, parks, targets
        assertThat(all).isEqualTo(6);
        // a filtered list adds only the check that the filter's id exists
        long three = roundTrips(NESTED.formatted("(sector: \"sector:绿色低碳\")"), 3);
        assertThat(three).isEqualTo(all + 1);
    }
}
