package org.seigraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/** GraphiQL and code generators introspect freely; data depth and introspection abuse are LIMIT_EXCEEDED. */
class QueryShapeLimitsTest {

    private final GraphQlHttp http = SharedApp.http();

    private static String code(JsonNode answer) {
        return answer.at("/errors/0/extensions/code").asString();
    }

    @Test
    void theFullIntrospectionQueriesOfGraphiqlAndCodeGeneratorsPass() {
        JsonNode standard = http.data(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(standard.at("/__schema/queryType/name").asString()).isEqualTo("Query");
        // graphql-js's getIntrospectionQuery with every option on and type references nine levels deep
        JsonNode everything = http.data(IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .descriptions(true).specifiedByUrl(true).directiveIsRepeatable(true).inputValueDeprecation(true)
                .isOneOf(true).typeRefFragmentDepth(9)));
        assertThat(everything.at("/__schema/types").size()).isGreaterThan(30);
    }

    @Test
    void severalTypeLookupsInOneRequestPass() {
        JsonNode data = http.data("{ a: __type(name: \"Subsector\") { name fields { name } } "
                + "b: __type(name: \"Bureau\") { name } __schema { queryType { name } } }");
        assertThat(data.at("/a/name").asString()).isEqualTo("Subsector");
        assertThat(data.at("/b/name").asString()).isEqualTo("Bureau");
    }

    @Test
    void introspectionAbuseIsLimitExceeded() {
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= QueryShapeLimits.TYPE_LOOKUPS; i++) {
            many.append(" t").append(i).append(": __type(name: \"Query\") { name }");
        }
        assertThat(code(http.query(many.append(" }").toString()))).isEqualTo("LIMIT_EXCEEDED");
        assertThat(code(http.query("{ a: __schema { types { name } } b: __schema { types { name } } }"))).isEqualTo("LIMIT_EXCEEDED");
        String deep = "{ __schema { types { fields { type { " + "ofType { ".repeat(20) + "name" + " }".repeat(20) + " } } } } }";
        JsonNode answer = http.query(deep);
        assertThat(code(answer)).isEqualTo("LIMIT_EXCEEDED");
        assertThat(answer.at("/errors/0/message").asString()).contains("Introspection depth");
    }

    @Test
    void dataDepthKeepsItsOwnLimit() {
        String deep = "{ node(id: \"sector:信息技术\") { ... on Sector { " + "subsectors { sector { ".repeat(6) + "name"
                + " } }".repeat(6) + " } } }";
        JsonNode answer = http.query(deep);
        assertThat(code(answer)).isEqualTo("LIMIT_EXCEEDED");
        assertThat(answer.at("/errors/0/message").asString()).startsWith("Query depth");
    }
}
