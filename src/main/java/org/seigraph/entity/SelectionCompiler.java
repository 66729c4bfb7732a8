package org.seigraph.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.MapProjection;
import org.seigraph.graph.EntityProjection;
import org.seigraph.graph.EntityReader;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Compiles the selection below a request's entity field into one Cypher map projection, the way the Neo4j GraphQL
 * Library translates a request: plan ({@link SelectionPlanner}: a tree of the relation fields to follow), render
 * ({@link CypherBuilder}: the tree as Cypher-DSL pattern comprehensions inside map projections, to any depth) and
 * read ({@link PlanReader}: the projected value back into entity maps in text order). A root that returns its
 * entities with it answers the whole request in one query; the relation fields then find their values in the
 * entity map, and the DataLoaders of {@link RelationLoaders} serve only what a root did not compile.
 *
 * <p>A compiled projection answers only once Neo4j has planned its query (see {@link EntityProjection#untilPlanned}):
 * the first requests of a new shape are answered through the plain projection and the DataLoaders, whose queries are
 * planned at start-up ({@link StartupPlans}); when the shape recurs ({@code seigraph.compiler.plan-at-use}), its
 * compiled query is planned in the background ({@code seigraph.compiler.plan-ahead=false} turns all this off: every
 * new shape then waits for its plan).
 * docs/compiler.md describes the design and its golden tests.
 */
@Component
@EnableConfigurationProperties(SelectionCompiler.Settings.class)
public class SelectionCompiler {

    /**
     * {@code seigraph.compiler.plan-ahead}: answer a new shape by planned queries while its own is planned (default
     * true); {@code plan-at-use}: the request of a shape that has its own query planned (default 2: a shape asked
     * for once costs no plan).
     */
    @ConfigurationProperties("seigraph.compiler")
    public record Settings(@DefaultValue("true") boolean planAhead, @DefaultValue("2") int planAtUse) {
        public Settings {
            if (planAtUse < 1) {
                throw new IllegalArgumentException("seigraph.compiler.plan-at-use must be 1 or more, not " + planAtUse);
            }
        }
    }

    /** Relation fields compiled into one request's query at most; beyond it, fields fall back to the DataLoaders. */
    static final int MAX_COMPILED = 12;
    /** Shapes whose projection is kept; like Neo4j's query cache, a bounded number (then it starts afresh). */
    private static final int MAX_SHAPES = 1000;

    private final SelectionPlanner planner;
    private final CypherBuilder builder;
    private final PlanReader reader;
    private final EntityReader entities;
    private final boolean planAhead;
    private final int planAtUse;
    /**
     * Each plan's projection, rendered once: plans are values (records), so a request of a known shape costs its
     * planning and a lookup; rendering with Cypher-DSL is paid once per shape (bench/run.sh render), in the background.
     */
    private final Map<EntityPlan, EntityProjection> projections = new ConcurrentHashMap<>();

    SelectionCompiler(EntitySchema schema, EntityReader entities, ResponsibilityQueries responsibilities, Settings settings) {
        this.planner = new SelectionPlanner(schema);
        this.builder = new CypherBuilder(schema);
        this.reader = new PlanReader(entities, responsibilities);
        this.entities = entities;
        this.planAhead = settings.planAhead();
        this.planAtUse = settings.planAtUse();
    }

    /** The projection of the entity (or entities) that the current field returns, with everything selected below it. */
    public EntityProjection compile(DataFetchingFieldSelectionSet selection) {
        return compile(selection.getImmediateFields());
    }

    /** The projection of the entities found at {@code path} below the current field, e.g. {@code edges/node} of a connection. */
    public EntityProjection compile(DataFetchingFieldSelectionSet selection, String path) {
        return compile(selection.getFields(path).stream().flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList());
    }

    private EntityProjection compile(List<SelectedField> fields) {
        EntityPlan plan = plan(fields);
        EntityProjection known = projections.get(plan);
        if (known != null) {
            return known;
        }
        // with plan-ahead, a new shape is rendered and planned off the request thread (rendering is not free)
        EntityProjection compiled = planAhead
                ? EntityProjection.renderedLater(() -> EntityProjection.of(render(plan), reader.reader(plan)), entities.plain(), planAtUse)
                : EntityProjection.of(render(plan), reader.reader(plan));
        if (projections.size() >= MAX_SHAPES) {
            projections.clear();
        }
        projections.put(plan, compiled);
        return compiled;
    }

    private EntityPlan plan(List<SelectedField> fields) {
        return planner.plan(fields, MAX_COMPILED);
    }

    private MapProjection render(EntityPlan plan) {
        return builder.projection(plan, CypherBuilder.ROOT, 0);
    }
}
