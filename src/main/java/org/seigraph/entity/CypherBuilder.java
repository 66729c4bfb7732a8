package org.seigraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.MapProjection;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternComprehension;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.seigraph.entity.RelationField.Direction;
import org.seigraph.entity.RelationField.Step;
import org.seigraph.graph.CurationProvenance;

/**
 * Renders a plan as Cypher (with Cypher-DSL, so labels, types and names are escaped by construction): each level a
 * map projection of its node with the type's properties ({@link EntitySchema#properties}, the same for every request)
 * and {@code kind}, each relation field a pattern comprehension inside it whose elements carry their sort keys
 * ({@link TextOrder}). The DataLoaders' queries are the same comprehensions over a batch of ids.
 *
 * <p>Variables: the level's node is {@code n} at the top; a field at depth d binds {@code r<d>} and {@code c<d>}, so
 * nested comprehensions never shadow one another. A field's value is keyed {@code _p0, _p1 …} by position; result
 * keys (aliases) never reach the Cypher text.
 */
final class CypherBuilder {

    /** Variable of the top level's node, as the roots' queries bind it. */
    static final String ROOT = "n";

    private final EntitySchema schema;

    CypherBuilder(EntitySchema schema) {
        this.schema = schema;
    }

    /** The map projection of the node bound to {@code var} as {@code plan} reads it. */
    MapProjection projection(EntityPlan plan, String var, int depth) {
        Node node = Cypher.anyNode(var);
        Set<String> properties = new LinkedHashSet<>();
        properties.add("id");
        properties.addAll(schema.properties(plan.type()));
        properties.addAll(PROVENANCE);
        List<Object> contents = new ArrayList<>(properties);
        contents.add("kind");
        contents.add(kind(node));
        for (int i = 0; i < plan.fields().size(); i++) {
            contents.add(valueKey(i));
            contents.add(comprehension(plan.fields().get(i), var, depth + 1));
        }
        return node.project(contents.toArray());
    }

    /** One relation field of the node bound to {@code var}: a comprehension per step, concatenated. */
    Expression comprehension(FieldPlan field, String var, int depth) {
        RelationField relation = field.relation();
        Node near = Cypher.anyNode(var);
        Expression out = null;
        for (Step step : relation.steps()) {
            Node far = Cypher.node(farLabel(field)).named("c" + depth);
            Relationship r = (step.direction() == Direction.OUT
                    ? near.relationshipTo(far, step.relType().name())
                    : near.relationshipFrom(far, step.relType().name())).named("r" + depth);
            PatternComprehension.OngoingDefinitionWithoutReturn pattern = field.guarded()
                    ? Cypher.listBasedOn(r).where(near.hasLabels(relation.type()))
                    : Cypher.listBasedOn(r);
            boolean outwards = step.direction() == Direction.OUT;
            Expression value = field instanceof FieldPlan.Nodes nodes
                    ? projection(nodes.target(), farName(far), depth)
                    : edge((FieldPlan.Edges) field, outwards ? var : farName(far), outwards ? farName(far) : var, r, depth);
            Expression element = pattern.returning(Cypher.mapOf("k", Cypher.listOf(TextOrder.keys(relation, r, far)), "v", value));
            out = out == null ? element : out.add(element);
        }
        return out;
    }

    /** A relation field as its DataLoader serves it: the far ends (both ends of an edge) without nested fields. */
    FieldPlan loaderField(RelationField relation) {
        return relation.edge()
                ? new FieldPlan.Edges(relation, "", false, EntityPlan.leaf(schema.edgeEnd(EntitySchema.EDGE_START)),
                        EntityPlan.leaf(schema.edgeEnd(EntitySchema.EDGE_END)))
                : new FieldPlan.Nodes(relation, "", false, EntityPlan.leaf(relation.target()));
    }

    /**
     * The statement of a DataLoader: for each id of a batch ({@code $batch.ids}, as {@code EntityReader.batch} passes
     * them: one plan for every batch size), the {@link #loaderField} elements.
     */
    Statement loader(RelationField relation) {
        FieldPlan field = loaderField(relation);
        SymbolicName id = Cypher.name("id");
        Node n = Cypher.node(EntitySchema.ENTITY).named(ROOT).withProperties("id", id);
        return Cypher.unwind(Cypher.parameter("batch").property("ids")).as(id)
                .match(n)
                .returning(id, comprehension(field, ROOT, 1).as("v"))
                .build();
    }

    /** The root of {@code node} and {@code nodes} as {@code EntityReader.BY_IDS} writes it: entities by id, in the order asked. */
    Statement byIds(EntityPlan plan) {
        SymbolicName id = Cypher.name("id");
        return Cypher.unwind(Cypher.parameter("batch").property("ids")).as(id)
                .match(Cypher.node(EntitySchema.ENTITY).named(ROOT).withProperties("id", id))
                .returning(projection(plan, ROOT, 0).as(ROOT))
                .build();
    }

    /** An edge: its properties and, when selected, its start and end nodes projected one level deeper. */
    private Expression edge(FieldPlan.Edges field, String startVar, String endVar, Relationship r, int depth) {
        List<Object> contents = new ArrayList<>(List.of("edge", Cypher.properties(r)));
        if (field.start() != null) {
            contents.add(EntitySchema.EDGE_START);
            contents.add(projection(field.start(), startVar, depth));
        }
        if (field.end() != null) {
            contents.add(EntitySchema.EDGE_END);
            contents.add(projection(field.end(), endVar, depth));
        }
        return Cypher.mapOf(contents.toArray());
    }

    /** Label of the nodes a field reaches: its entity type, or for an edge field the end that is not the owner. */
    private String farLabel(FieldPlan field) {
        RelationField relation = field.relation();
        if (!relation.edge()) {
            return relation.target();
        }
        return schema.edgeEnd(relation.steps().get(0).direction() == Direction.OUT ? EntitySchema.EDGE_END : EntitySchema.EDGE_START);
    }

    /** {@code [l IN labels(n) WHERE l <> 'Entity'][0]}: the node's own label, its GraphQL type. */
    static Expression kind(Node node) {
        SymbolicName l = Cypher.name("l");
        return Cypher.valueAt(Cypher.listWith(l).in(Cypher.labels(node))
                .where(l.asExpression().isNotEqualTo(Cypher.literalOf(EntitySchema.ENTITY))).returning(), 0);
    }

    static String valueKey(int position) {
        return "_p" + position;
    }

    private static String farName(Node far) {
        return far.getRequiredSymbolicName().getValue();
    }

    /**
     * The provenance properties a node's {@code sources} are read from (EntityReader#sources): the text span, how the
     * fact was obtained, a curated or inferred bundle row's source, and the approved curation changes behind it.
     */
    static final List<String> PROVENANCE = List.of("doc", "section", "start", "end", "source", "derivation",
            CurationProvenance.PROPERTY);
}
