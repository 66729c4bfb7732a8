package org.seigraph.bench.scale;

import org.seigraph.ingest.GraphBundle;
import org.seigraph.ingest.GraphLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphModel.Label;
import org.seigraph.graph.GraphModel.RelType;

/**
 * A loader for big inputs, unlike {@link GraphLoader} (one transaction, MERGE, fit for the bundled graph):
 * creates in batches, each batch its own transaction, in-process through the embedded database's core API
 * (no Bolt, no Cypher planning per batch). Nodes must be added before the relationships that use them;
 * relationships find their ends in an in-memory map id -> element id kept by this loader. Not idempotent:
 * meant for a new store. (A Cypher UNWIND ... MATCH ... CREATE version of the same batches loaded ~3,000
 * relationships per second here, far below the core API.)
 */
public final class BulkLoader {

    public static final int DEFAULT_BATCH = 10_000;

    private final GraphDatabaseService db;
    private final int batchSize;
    private final Map<Label, List<Map<String, Object>>> pendingNodes = new HashMap<>();
    private final Map<RelType, List<Map<String, Object>>> pendingRels = new HashMap<>();
    /** Entity id -> Neo4j element id of every node this loader created (a few hundred bytes per node). */
    private final Map<String, String> ids = new HashMap<>();
    private long nodes;
    private long relationships;
    private long transactions;

    public BulkLoader(GraphDatabaseService db, int batchSize) {
        this.db = db;
        this.batchSize = batchSize;
    }

    public void node(Label label, Map<String, Object> row) {
        List<Map<String, Object>> batch = pendingNodes.computeIfAbsent(label, l -> new ArrayList<>());
        batch.add(row);
        if (batch.size() >= batchSize) {
            flushNodes(label, batch);
        }
    }

    /** Queues a relationship; call {@link #flushNodes()} first so that its ends exist. */
    public void relationship(RelType type, GraphBundle.RelRow row) {
        List<Map<String, Object>> batch = pendingRels.computeIfAbsent(type, t -> new ArrayList<>());
        Map<String, Object> m = new HashMap<>(4);
        m.put("from", row.from());
        m.put("to", row.to());
        Map<String, Object> props = new HashMap<>(row.props());
        props.put("id", row.id());
        m.put("props", props);
        batch.add(m);
        if (batch.size() >= batchSize) {
            flushRels(type, batch);
        }
    }

    public void flushNodes() {
        pendingNodes.forEach(this::flushNodes);
    }

    public void flush() {
        flushNodes();
        pendingRels.forEach(this::flushRels);
    }

    public void bundle(GraphBundle bundle) {
        bundle.nodeFiles().forEach(f -> f.rows().forEach(row -> node(f.label(), row)));
        flushNodes();
        bundle.relFiles().forEach(f -> f.rows().forEach(row -> relationship(f.type(), row)));
        flush();
    }

    public void city(SyntheticCorpus.City city) {
        city.nodes().forEach((label, rows) -> rows.forEach(row -> node(label, row)));
    }

    public void cityRelationships(SyntheticCorpus.City city) {
        city.rels().forEach((type, rows) -> rows.forEach(row -> relationship(type, row)));
    }

    private void flushNodes(Label label, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        org.neo4j.graphdb.Label[] labels = {org.neo4j.graphdb.Label.label(GraphModel.ENTITY),
                org.neo4j.graphdb.Label.label(label.name())};
        try (Transaction tx = db.beginTx()) {
            for (Map<String, Object> row : batch) {
                Node node = tx.createNode(labels);
                row.forEach((k, v) -> set(node, k, v));
                ids.put((String) row.get("id"), node.getElementId());
            }
            tx.commit();
        }
        transactions++;
        nodes += batch.size();
        batch.clear();
    }

    private void flushRels(RelType type, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        RelationshipType relType = RelationshipType.withName(type.name());
        try (Transaction tx = db.beginTx()) {
            for (Map<String, Object> row : batch) {
                Node from = tx.getNodeByElementId(end((String) row.get("from")));
                Node to = tx.getNodeByElementId(end((String) row.get("to")));
                Relationship r = from.createRelationshipTo(to, relType);
                @SuppressWarnings("unchecked")
                Map<String, Object> props = (Map<String, Object>) row.get("props");
                props.forEach((k, v) -> set(r, k, v));
            }
            tx.commit();
        }
        transactions++;
        relationships += batch.size();
        batch.clear();
    }

    private String end(String id) {
        String elementId = ids.get(id);
        if (elementId == null) {
            throw new IllegalStateException("No node '" + id + "' loaded before a relationship to it");
        }
        return elementId;
    }

    private static void set(Entity entity, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            entity.setProperty(key, list.stream().map(String::valueOf).toArray(String[]::new));
        } else {
            entity.setProperty(key, value);
        }
    }

    public long nodes() { return nodes; }
    public long relationships() { return relationships; }
    public long transactions() { return transactions; }

    /** Convenience for callers that report progress. */
    public void forEachCity(SyntheticCorpus corpus, int from, int to, int citiesPerChunk, Consumer<Integer> progress) {
        for (int start = from; start < to; start += citiesPerChunk) {
            List<SyntheticCorpus.City> chunk = new ArrayList<>();
            for (int i = start; i < Math.min(to, start + citiesPerChunk); i++) {
                chunk.add(corpus.city(i));
            }
            chunk.forEach(this::city);
            flushNodes();
            chunk.forEach(this::cityRelationships);
            flush();
            progress.accept(Math.min(to, start + citiesPerChunk));
        }
    }
}
