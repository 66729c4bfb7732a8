package org.seigraph.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/** search in the users' own words: segmentation, curated synonyms, English terms; every hit says why. */
class SearchWhyTest {

    private final GraphQlHttp http = SharedApp.http();

    private JsonNode search(String text) {
        return http.data("{ search(text: \"" + text + "\", first: 5) { matchedBy entity { id } "
                + "why { kind term text field similarity source summary summaryZh } } }").get("search");
    }

    @Test
    void aSynonymPutsTheEntityItStandsForFirstAndSaysWhichRow() {
        JsonNode hits = search("锂电池");
        assertThat(hits.at("/0/entity/id").asString()).isEqualTo("technology:高性能锂离子动力电池");
        assertThat(hits.at("/0/why").toString()).contains("\"kind\":\"SYNONYM\"", "synonyms.csv:", "锂电池 → technology:高性能锂离子动力电池");
        assertThat(hits.at("/0/matchedBy").asString()).isEqualTo("synonym");
    }

    @Test
    void englishTermsFindTheChineseEntity() {
        assertThat(search("drone").at("/0/entity/id").asString()).isEqualTo("technology:无人机");
        assertThat(search("CRO").at("/0/entity/id").asString()).isEqualTo("subsector:生物技术服务");
    }

    @Test
    void wordsOfAClauseCountOneByOne() {
        JsonNode hits = search("动漫游戏开发");
        assertThat(hits.toString()).contains("technology:动漫产品", "technology:手机游戏");
        JsonNode first = hits.get(0);
        assertThat(first.get("why").get(0).get("summary").asString()).isNotBlank();
        assertThat(first.get("why").get(0).get("summaryZh").asString()).isNotBlank();
    }

    @Test
    void anExactNameStaysFirstAndSaysSo() {
        JsonNode hits = search("石墨烯");
        assertThat(hits.at("/0/entity/id").asString()).isEqualTo("technology:石墨烯");
        assertThat(hits.at("/0/matchedBy").asString()).isEqualTo("exact");
        assertThat(hits.at("/0/why/0/kind").asString()).isEqualTo("NAME");
    }
}
