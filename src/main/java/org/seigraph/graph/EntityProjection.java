package org.seigraph.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.seigraph.store.CypherRunner;

/**
 * How a query returns the entities it binds to {@code n}: a map expression (built with Cypher-DSL, never pasted
 * from text) and how to read its value back into an entity map. {@link EntityReader#plain()} returns every
 * property; a compiled projection ({@code entity.SelectionCompiler}) returns a request's whole selection below
 * the entity, nested relation fields included.
 *
 * <p>Neo4j plans a query text the first time it runs it, which costs far more than running it. A projection may
 * name a {@linkplain #untilPlanned stand-in} whose query is already planned: until its own query has been planned
 * (in the background, on first use), {@link #read} answers with the stand-in, whose nested fields the DataLoaders
 * then serve; from then on the request is one query. A projection may even be {@linkplain #renderedLater rendered}
 * in the background, so that a new shape costs its request nothing but the stand-in, and only once its shape recurs:
 * planning is the costliest thing a query does, and a shape asked for once (an analyst trying a query in GraphiQL)
 * would spend a core and much garbage on a plan never used, beside the requests that are waiting. A read as of the past
 * ({@link CypherRunner#inScratch}) never takes the stand-in: its nested fields must come from its own query.
 */
public final class EntityProjection {

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();

    private final String returning;
    private final Function<Object, Map<String, Object>> reader;
    private final EntityProjection standIn;
    /** For a projection rendered later: how to render it, and the rendering once done. */
    private final Supplier<EntityProjection> render;
    /** For a projection rendered later: the use that has it rendered and planned (1: the first). */
    private final int planAtUse;
    private final AtomicInteger uses = new AtomicInteger();
    private final AtomicBoolean rendering = new AtomicBoolean();
    private volatile EntityProjection rendered;

    private EntityProjection(String returning, Function<Object, Map<String, Object>> reader, EntityProjection standIn,
                             Supplier<EntityProjection> render, int planAtUse) {
        this.returning = returning;
        this.reader = reader;
        this.standIn = standIn;
        this.render = render;
        this.planAtUse = planAtUse;
    }

    /** A projection: {@code expression} is what {@code RETURN … AS n} returns for each entity, read with {@code reader}. */
    public static EntityProjection of(Expression expression, Function<Object, Map<String, Object>> reader) {
        return new EntityProjection(RENDERER.render(Cypher.returning(expression.as("n")).build()), reader, null, null, 0);
    }

    /** This projection, answered by {@code standIn} until Neo4j has planned this one's query. */
    public EntityProjection untilPlanned(EntityProjection standIn) {
        return new EntityProjection(returning, reader, standIn, null, 0);
    }

    /**
     * The projection {@code render} makes, rendered in the background (with its query planned there too) from its
     * {@code planAtUse}-th use on, and answered by {@code standIn} until then; afterwards as {@link #untilPlanned}.
     */
    public static EntityProjection renderedLater(Supplier<EntityProjection> render, EntityProjection standIn, int planAtUse) {
        if (planAtUse < 1) {
            throw new IllegalArgumentException("planAtUse must be 1 or more: " + planAtUse);
        }
        return new EntityProjection(null, null, standIn, render, planAtUse);
    }

    /** Counts a use of a projection rendered later; true from its {@code planAtUse}-th use on. */
    private boolean recurred() {
        return uses.get() >= planAtUse || uses.incrementAndGet() >= planAtUse;
    }

    /**
     * Runs {@code match} (fixed Cypher that binds each row's entity to {@code n}, in order, e.g. ending in
     * {@code WITH n ORDER BY …}) with this projection as its RETURN, and reads the entities.
     */
    public List<Map<String, Object>> read(CypherRunner cypher, String match, Map<String, Object> params) {
        if (render != null) {
            EntityProjection done = rendered;
            if (done == null && cypher.inScratch()) {
                // a history read (asOf) lives in one transaction that the stand-in's DataLoaders cannot reach later:
                // it renders and runs the compiled query itself, plan or not
                done = render.get().untilPlanned(standIn);
                rendered = done;
            }
            if (done != null) {
                return done.read(cypher, match, params);
            }
            if (recurred() && rendering.compareAndSet(false, true)) {
                cypher.inBackground(() -> {
                    EntityProjection projection = render.get().untilPlanned(standIn);
                    rendered = projection;
                    cypher.planNow(match + " " + projection.returning, params);
                });
            }
            return standIn.read(cypher, match, params);
        }
        String query = match + " " + returning;
        if (standIn != null && !cypher.inScratch() && !cypher.planned(query, params)) {
            cypher.planAhead(query, params);
            return standIn.read(cypher, match, params);
        }
        return cypher.read(query, params).stream().map(row -> reader.apply(row.get("n"))).toList();
    }
}
