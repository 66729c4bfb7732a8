package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.entity.RelationField.Direction;
import org.seigraph.graph.GraphModel.RelType;

/** The relation fields as the schema's @relation directives declare them, and the start-up check against the model. */
class EntitySchemaTest {

    private static final String HEAD = """
            directive @relation(type: String!, direction: RelationDirection!) repeatable on FIELD_DEFINITION
            enum RelationDirection { OUT IN }
            interface Entity { id: ID! name: String! }
            type Query { node(id: ID!): Entity }
            """;

    @Test
    void theAppSchemaDeclaresEveryRelationField() {
        EntitySchema schema = new EntitySchema(EntitySchema.read("classpath*:graphql/**/*.graphqls"));
        RelationField parks = schema.relation("Subsector", "parks").orElseThrow();
        assertThat(parks.steps()).containsExactly(new RelationField.Step(RelType.BUILDS, Direction.OUT),
                new RelationField.Step(RelType.HOSTS, Direction.IN));
        assertThat(parks.target()).isEqualTo("Park");
        RelationField sector = schema.relation("Subsector", "sector").orElseThrow();
        assertThat(sector.single()).isTrue();
        RelationField bureaus = schema.relation("Subsector", "bureaus").orElseThrow();
        assertThat(bureaus.edge()).isTrue();
        assertThat(schema.edgeEnd(EntitySchema.EDGE_START)).isEqualTo("Bureau");
        assertThat(schema.properties("Target")).contains("value", "unit", "qualifier", "approx", "year")
                .doesNotContain("kind", "sources");
        assertThat(schema.properties("Entity")).as("every type's properties").contains("category", "metric", "path");
        assertThat(schema.relations()).hasSizeGreaterThanOrEqualTo(47);
    }

    @Test
    void aRelationshipTypeTheModelDoesNotKnowStopsTheStart() {
        String sdl = HEAD + """
                type Sector implements Entity { id: ID! name: String! subsectors: [Subsector!]! @relation(type: "HAS_CHILD", direction: OUT) }
                type Subsector implements Entity { id: ID! name: String! }
                """;
        assertThatThrownBy(() -> new EntitySchema(List.of(sdl))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Sector.subsectors").hasMessageContaining("HAS_CHILD");
    }

    @Test
    void aFieldReturningEntitiesWithoutRelationStopsTheStart() {
        String sdl = HEAD + """
                type Sector implements Entity { id: ID! name: String! subsectors: [Subsector!]! }
                type Subsector implements Entity { id: ID! name: String! }
                """;
        assertThatThrownBy(() -> new EntitySchema(List.of(sdl))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Sector.subsectors").hasMessageContaining("@relation");
    }

    @Test
    void aTypeThatIsNoLabelOfTheModelStopsTheStart() {
        String sdl = HEAD + "type Spaceship implements Entity { id: ID! name: String! }\n";
        assertThatThrownBy(() -> new EntitySchema(List.of(sdl))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Spaceship");
    }
}
