package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphModel.Label;
import org.seigraph.store.CypherRunner;
import org.seigraph.store.TxCypher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.seigraph.graph.GraphLoadedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads a {@link GraphBundle} into Neo4j in one write transaction: MERGE on {@code id} for nodes and
 * relationships, properties replaced, and whatever the bundle no longer has removed. Loading the same
 * bundle twice leaves the store as it was; a failure part-way leaves the previous graph untouched.
 * {@link LoadParticipant}s (curation re-applies its approved changes) write in the same transaction.
 */
@Component
public class GraphLoader {

    private static final Logger log = LoggerFactory.getLogger(GraphLoader.class);
    private static final int BATCH = 2_000;
    private static final String ALL_LABELS = java.util.Arrays.stream(Label.values())
            .map(Enum::name).collect(Collectors.joining(":"));

    private final Driver driver;
    private final ApplicationEventPublisher events;
    private final List<LoadParticipant> participants;
    /** The app's reads, told after a load that the statistics their plans were made with changed (null: tools). */
    private final CypherRunner cypher;

    /** A loader alone (tests, tools): no participants, no query plans to keep current. */
    public GraphLoader(Driver driver, ApplicationEventPublisher events) {
        this(driver, events, List.of(), null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public GraphLoader(Driver driver, ApplicationEventPublisher events, List<LoadParticipant> participants, CypherRunner cypher) {
        this.driver = driver;
        this.events = events;
        this.participants = List.copyOf(participants);
        this.cypher = cypher;
    }

    public record LoadReport(int nodes, int relationships, String hash, long millis) {
    }

    /** The hash of the bundle the store holds, if any. */
    public Optional<String> loadedHash() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (m:GraphMeta {key: 'bundle'}) RETURN m.hash AS hash")
                    .list(r -> r.get("hash").asString()).stream().findFirst());
        }
    }

    public LoadReport load(GraphBundle bundle) {
        long started = System.nanoTime();
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> write(tx, bundle));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = new LoadReport(bundle.nodeCount(), bundle.relationshipCount(), bundle.hash(), millis);
        log.info("Graph loaded: {} nodes, {} relationships in {} ms (bundle {})", report.nodes(),
                report.relationships(), millis, bundle.hash().substring(0, 12));
        if (cypher != null) {
            // before anyone hears of the new graph: whatever is planned from now on is planned with its statistics
            cypher.replanAfterLoad();
        }
        events.publishEvent(new GraphLoadedEvent(bundle.hash()));
        return report;
    }

    private void write(TransactionContext tx, GraphBundle bundle) {
        participants.forEach(p -> p.beforeLoad(TxCypher.of(tx)));
        List<String> nodeIds = new ArrayList<>();
        int done = 0;
        for (GraphBundle.NodeFile file : bundle.nodeFiles()) {
            // The label comes from the GraphModel enum, never from user input, so it may be spliced in.
            String cypher = "UNWIND $rows AS row MERGE (n:" + GraphModel.ENTITY + " {id: row.id}) "
                    + "REMOVE n:" + ALL_LABELS + " SET n = row SET n:" + file.label().name();
            for (List<Map<String, Object>> batch : batches(file.rows())) {
                tx.run(cypher, Map.of("rows", batch)).consume();
                done += batch.size();
                progress("nodes", done, bundle.nodeCount());
            }
            file.rows().forEach(row -> nodeIds.add((String) row.get("id")));
        }
        tx.run("MATCH (n:" + GraphModel.ENTITY + ") WHERE NOT n.id IN $ids DETACH DELETE n", Map.of("ids", nodeIds)).consume();

        List<String> relIds = new ArrayList<>();
        done = 0;
        for (GraphBundle.RelFile file : bundle.relFiles()) {
            String cypher = "UNWIND $rows AS row MATCH (a:" + GraphModel.ENTITY + " {id: row.from}) "
                    + "MATCH (b:" + GraphModel.ENTITY + " {id: row.to}) "
                    + "MERGE (a)-[r:" + file.type().name() + " {id: row.id}]->(b) SET r = row.props";
            List<Map<String, Object>> rows = file.rows().stream().map(r -> {
                Map<String, Object> m = new HashMap<>();
                m.put("from", r.from());
                m.put("to", r.to());
                m.put("id", r.id());
                m.put("props", r.props());
                return m;
            }).toList();
            for (List<Map<String, Object>> batch : batches(rows)) {
                tx.run(cypher, Map.of("rows", batch)).consume();
                done += batch.size();
                progress("relationships", done, bundle.relationshipCount());
            }
            file.rows().forEach(r -> relIds.add(r.id()));
        }
        tx.run("MATCH (:" + GraphModel.ENTITY + ")-[r]->(:" + GraphModel.ENTITY + ") WHERE NOT r.id IN $ids DELETE r",
                Map.of("ids", relIds)).consume();
        tx.run("MERGE (m:GraphMeta {key: 'bundle'}) SET m.hash = $hash, m.nodes = $nodes, "
                        + "m.relationships = $rels, m.loadedAt = datetime()",
                Map.of("hash", bundle.hash(), "nodes", bundle.nodeCount(), "rels", bundle.relationshipCount())).consume();
        participants.forEach(p -> p.afterLoad(TxCypher.of(tx), bundle));
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            out.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return out;
    }

    private static void progress(String what, int done, int total) {
        if (total >= 10 * BATCH) {
            log.info("Loading {}: {}/{}", what, done, total);
        }
    }
}
