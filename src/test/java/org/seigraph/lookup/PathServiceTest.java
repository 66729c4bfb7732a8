package org.seigraph.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** One path per distinct sequence of nodes, with every parallel relationship of each step. */
class PathServiceTest {

    private final HttpGraphQlTester graphQl = SharedApp.graphQlTester();

    @Test
    void parallelRelationshipsFromOneSentenceAreOnePath() {
        var paths = graphQl.document("{ paths(from: \"subsector:海洋工程装备\", to: \"park:临港经济区\") { nodes { id } edges { type } } }")
                .execute();
        paths.path("paths").entityList(Object.class).hasSize(1);
        paths.path("paths[0].nodes[*].id").entityList(String.class).containsExactly("subsector:海洋工程装备", "park:临港经济区");
        paths.path("paths[0].edges[*].type").entityList(String.class).containsExactly("BUILDS", "HOSTS");
    }

    @Test
    void longerPathsAreDistinctSequences() {
        List<List<String>> sequences = new ArrayList<>();
        graphQl.document("{ paths(from: \"bureau:市海洋局\", to: \"park:临港经济区\") { nodes { id } } }").execute()
                .path("paths[*].nodes[*].id").entityList(String.class).satisfies(ids -> sequences.add(ids));
        graphQl.document("{ paths(from: \"bureau:市海洋局\", to: \"park:临港经济区\") { nodes { id } edges { source target } } }")
                .execute().path("paths").entityList(java.util.Map.class).satisfies(list -> {
                    assertThat(list).isNotEmpty();
                    List<Object> seen = new ArrayList<>();
                    for (java.util.Map<?, ?> p : list) {
                        Object nodes = p.get("nodes");
                        assertThat(seen).as("each node sequence once").doesNotContain(nodes);
                        seen.add(nodes);
                    }
                });
    }
}
