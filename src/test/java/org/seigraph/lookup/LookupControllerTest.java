package org.seigraph.lookup;

import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Search hits say their kind and which other entities share their name (area 滨海新区, district 滨海新区). */
class LookupControllerTest {

    private final HttpGraphQlTester graphQl = SharedApp.graphQlTester();

    @Test
    void searchHitsNameTheirKindAndTheirNamesakes() {
        var hits = graphQl.document("{ search(text: \"滨海新区\", first: 2) { kind entity { id } sameName { id kind } } }").execute();
        // the district and the layout area share the name: both come back, each naming the other as its namesake
        hits.path("search[*].kind").entityList(String.class).hasSize(2).contains("Area", "District");
        hits.path("search[*].entity.id").entityList(String.class).hasSize(2).contains("area:滨海新区", "district:滨海新区");
        hits.path("search[*].sameName[*].id").entityList(String.class).hasSize(2).contains("district:滨海新区", "area:滨海新区");
        graphQl.document("{ search(text: \"石墨烯\", first: 1) { kind sameName { id } } }").execute()
                .path("search[0].kind").entity(String.class).isEqualTo("Technology")
                .path("search[0].sameName").entityList(Object.class).hasSize(0);
    }
}
