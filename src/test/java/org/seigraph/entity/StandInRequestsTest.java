package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import graphql.language.Document;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** The start-up walk's requests cover every relation field of the schema, as valid GraphQL. */
class StandInRequestsTest {

    private final EntitySchema schema = new EntitySchema();

    @Test
    void oneDocumentPerTypeSelectsEachOfItsRelationFields() {
        Map<String, String> documents = StandInRequests.documents(schema);
        assertThat(documents.keySet()).contains("Subsector", "Park", "Bureau", "Measure");
        for (RelationField field : schema.relations()) {
            String document = documents.get(field.type());
            assertThat(document).as(field.qualifiedName()).contains(" " + field.field() + " { ");
            Document parsed = Parser.parse(document);
            assertThat(parsed.getDefinitions()).hasSize(1);
        }
        assertThat(documents.get("Subsector")).contains("bureaus { rank bureau { id } subject { id } }", "technologies { id }");
    }

    @Test
    void sampleIdsAsksOneEntityOfEachTypeByItsLabel() {
        String query = StandInRequests.sampleIds(java.util.List.of("Subsector", "Park"));
        assertThat(query).isEqualTo("MATCH (n:`Subsector`) RETURN 'Subsector' AS type, n.id AS id LIMIT 1 UNION ALL "
                + "MATCH (n:`Park`) RETURN 'Park' AS type, n.id AS id LIMIT 1");
    }
}
