package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/** A bureau's tasks in the text's order, the same through the root query, the compiled field and the DataLoader. */
class ResponsibilityQueriesTest {

    private static final String FIELDS = "subject { id } rank sources { section start }";

    private final GraphQlHttp http = SharedApp.http();

    @Test
    void aBureausTasksComeInTheOrderOfTheText() {
        JsonNode root = http.data("{ responsibilities(bureau: \"bureau:市科委\") { " + FIELDS + " } }").get("responsibilities");
        List<Integer> starts = new ArrayList<>();
        root.forEach(r -> starts.add(r.at("/sources/0/start").asInt()));
        assertThat(starts).hasSizeGreaterThan(20).isSorted();
        assertThat(root.at("/0/subject/id").asString()).isEqualTo("subsector:智能制造"); // 三(一), before 七(三)
        assertThat(root.at("/0/sources/0/section").asString()).isEqualTo("三(一)");
        assertThat(root.get(root.size() - 1).at("/sources/0/section").asString()).startsWith("七");

        JsonNode compiled = http.data("{ node(id: \"bureau:市科委\") { ... on Bureau { responsibilities { " + FIELDS + " } } } }")
                .at("/node/responsibilities");
        JsonNode loaded = http.data("{ search(text: \"市科委\", kinds: [\"Bureau\"], first: 1) { entity { ... on Bureau { "
                + "responsibilities { " + FIELDS + " } } } } }").at("/search/0/entity/responsibilities");
        assertThat(compiled).isEqualTo(root);
        assertThat(loaded).isEqualTo(root);
    }

    @Test
    void aSubjectsBureausStayInRankOrder() {
        JsonNode bureaus = http.data("{ responsibilities(subject: \"subsector:海洋工程装备\", includePlaceholders: true) { rank bureau { name } } }")
                .get("responsibilities");
        List<Integer> ranks = new ArrayList<>();
        bureaus.forEach(b -> ranks.add(b.get("rank").asInt()));
        assertThat(ranks).containsExactly(1, 2, 3, 4, 5, 6);
        // without the placeholders (the default) the named bureaus keep their ranks
        JsonNode named = http.data("{ responsibilities(subject: \"subsector:海洋工程装备\") { rank } }").get("responsibilities");
        List<Integer> namedRanks = new ArrayList<>();
        named.forEach(b -> namedRanks.add(b.get("rank").asInt()));
        assertThat(namedRanks).containsExactly(1, 2, 3, 4);
    }
}
