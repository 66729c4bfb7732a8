package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import tools.jackson.databind.JsonNode;

/** Names for ids through GraphQL and REST: every ID argument, in lists and input objects; the syntax checks first. */
class RefArgumentsTest {

    private final HttpGraphQlTester graphQl = SharedApp.graphQlTester();
    private final GraphQlHttp http = SharedApp.http();

    private ResponseError onlyError(String document) {
        List<ResponseError> errors = new java.util.ArrayList<>();
        graphQl.document(document).execute().errors().satisfy(errors::addAll);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static String code(ResponseError error) {
        return String.valueOf(error.getExtensions().get("code"));
    }

    @Test
    void namesWorkWhereverAnIdDoes() {
        graphQl.document("{ node(id: \"海洋工程装备\") { id } }").execute()
                .path("node.id").entity(String.class).isEqualTo("subsector:海洋工程装备");
        graphQl.document("{ nodes(ids: [\"石墨烯\", \"bureau:市海洋局\", \"park:nowhere\", \"Binhai New Area\"]) { id } }").execute()
                .errors().satisfy(e -> assertThat(e).hasSize(1)); // Binhai New Area: the Area and the District
        graphQl.document("{ nodes(ids: [\"石墨烯\", \"bureau:市海洋局\", \"park:nowhere\"]) { id } }").execute()
                .path("nodes[*].id").entityList(String.class).containsExactly("technology:石墨烯", "bureau:市海洋局");
        graphQl.document("{ responsibilities(bureau: \"市海洋局\") { subject { id } } }").execute()
                .path("responsibilities[*].subject.id").entityList(String.class)
                .containsExactly("subsector:海洋工程装备", "subsector:生物资源开发");
        graphQl.document("{ subsectors(sector: \"高端装备与新材料\", bureau: \"Municipal Oceanic Administration\") { id } }")
                .execute().path("subsectors[*].id").entityList(String.class).contains("subsector:海洋工程装备");
        graphQl.document("{ paths(from: \"市海洋局\", to: \"临港经济区\") { nodes { id } } }").execute()
                .path("paths[0].nodes[0].id").entity(String.class).isEqualTo("bureau:市海洋局");
        graphQl.document("{ parkFit(need: {industries: [\"海洋工程装备\"], technologies: [\"海洋油气装备\"], limit: 3}) { park { id } } }")
                .execute().path("parkFit[0].park.id").entity(String.class).isEqualTo("park:临港经济区");
        graphQl.document("{ subgraph(ids: [\"“互联网+”产业\"], hops: 1) { nodes { id } } }").execute()
                .path("subgraph.nodes[0].id").entity(String.class).isEqualTo("subsector:“互联网＋”产业");
    }

    @Test
    void theParksFilterTakesADistrictOrAnArea() {
        List<String> district = parks("district:滨海新区");
        assertThat(district).hasSize(7);
        assertThat(parks("滨海新区")).isEqualTo(district);
        assertThat(parks("area:滨海新区")).isEqualTo(district);
        assertThat(parks("环城四区")).containsExactly("park:国家大学创新园区");
        assertThat(parks("subsector:海洋工程装备")).isEmpty(); // an id of another kind: nothing is located in it
        assertThat(code(onlyError("{ parks(district: \"海洋工程装备\") { edges { cursor } } }"))).isEqualTo("BAD_REQUEST");
    }

    private List<String> parks(String district) {
        return graphQl.document("query($d: ID) { parks(district: $d) { edges { node { id } } } }").variable("d", district)
                .execute().path("parks.edges[*].node.id").entityList(String.class).get();
    }

    @Test
    void ambiguousUnknownAndWrongKindNamesAreCodedErrorsWithCandidates() {
        ResponseError ambiguous = onlyError("{ node(id: \"智能制造\") { id } }");
        assertThat(code(ambiguous)).isEqualTo("BAD_REQUEST");
        assertThat((List<?>) ambiguous.getExtensions().get("candidates")).hasSize(3);

        ResponseError unknown = onlyError("{ coResponsibility(bureau: \"市海洋厅\") { sharedTasks } }");
        assertThat(code(unknown)).isEqualTo("NOT_FOUND");
        assertThat(unknown.getMessage()).contains("Did you mean", "市海洋局");
        assertThat(((Map<?, ?>) ((List<?>) unknown.getExtensions().get("suggestions")).get(0)).get("id")).isEqualTo("bureau:市海洋局");

        assertThat(code(onlyError("{ responsibilities(bureau: \"海洋工程装备\") { rank } }"))).isEqualTo("BAD_REQUEST");
        assertThat(code(onlyError("{ node(id: \"nothing by this name\") { id } }"))).isEqualTo("NOT_FOUND");
        graphQl.document("{ node(id: \"park:nowhere\") { id } }").execute().path("node").valueIsNull();
    }

    @Test
    void theIdSyntaxChecksStillComeFirst() {
        assertThat(onlyError("{ node(id: \" \") { id } }").getMessage()).contains("must not be empty");
        assertThat(onlyError("{ responsibilities(bureau: \"市海洋局 \") { rank } }").getMessage()).contains("spaces");
    }

    @Test
    void restEndpointsTakeNamesToo() {
        GraphQlHttp.Response export = http.get("/api/export?format=cytoscape&hops=1&center="
                + java.net.URLEncoder.encode("海洋工程装备", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().get("content-disposition").get(0)).contains("subsector");
        JsonNode fit = http.get("/api/parks/fit?limit=3&industries="
                + java.net.URLEncoder.encode("海洋工程装备", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(fit.at("/matches/0/park/id").asString()).isEqualTo("park:临港经济区");
        GraphQlHttp.Response unknown = http.get("/api/export?format=cytoscape&center="
                + java.net.URLEncoder.encode("海洋工程装被", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/suggestions/0/id").asString()).isEqualTo("subsector:海洋工程装备");
    }
}
