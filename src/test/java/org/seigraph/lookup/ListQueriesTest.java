package org.seigraph.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The year filter of targets and totalCount of the list connections (the same filters over all pages). */
class ListQueriesTest {

    private final HttpGraphQlTester graphQl = SharedApp.graphQlTester();

    @Test
    void targetsByYear() {
        List<Integer> years = graphQl.document("{ targets(year: 2020, first: 200) { totalCount edges { node { year } } } }")
                .execute().path("targets.edges[*].node.year").entityList(Integer.class).get();
        assertThat(years).isNotEmpty().containsOnly(2020);
        // exactly the targets whose year is 2020 (stated by the text, or the plan period's end: yearSource)
        List<Integer> all = graphQl.document("{ targets(first: 200) { edges { node { year } } } }").execute()
                .path("targets.edges[*].node.year").entityList(Integer.class).get();
        assertThat(years).hasSize((int) all.stream().filter(y -> y != null && y == 2020).count());
        graphQl.document("{ targets(year: 1999) { totalCount edges { cursor } } }").execute()
                .path("targets.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void totalCountIsTheRowsOverAllPages() {
        for (String list : List.of("bureaus", "parks", "targets", "technologies")) {
            int all = graphQl.document("{ " + list + "(first: 200) { edges { cursor } } }").execute()
                    .path(list + ".edges").entityList(Object.class).get().size();
            graphQl.document("{ " + list + "(first: 2) { totalCount pageInfo { hasNextPage } } }").execute()
                    .path(list + ".totalCount").entity(Integer.class).isEqualTo(all)
                    .path(list + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
            // past the end: still the total (counted), no rows
            graphQl.document("{ " + list + "(first: 5, after: \"" + cursorAt(all + 10) + "\") { totalCount edges { cursor } } }")
                    .execute().path(list + ".totalCount").entity(Integer.class).isEqualTo(all);
        }
        graphQl.document("{ technologies(subsector: \"subsector:海洋工程装备\", first: 3) { totalCount } "
                        + "all: technologies(subsector: \"subsector:海洋工程装备\", first: 200) { edges { cursor } } }").execute()
                .path("technologies.totalCount").entity(Integer.class).satisfies(total ->
                        assertThat(total).isGreaterThan(3));
    }

    /** The cursor Spring for GraphQL gives the row at an offset (Base64 of "O_" + offset). */
    private static String cursorAt(int offset) {
        return java.util.Base64.getEncoder().encodeToString(("O_" + offset).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
