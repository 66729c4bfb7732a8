package org.seigraph.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.seigraph.store.CypherRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The vectors of the entities' texts, kept in the store on {@code (:TextVector {hash, text, model, embedding,
 * owners})} nodes under the native vector index {@code text_vectors} (cypher/schema.cypher). The content hash is the
 * cache: a text is embedded once whichever and however many entities carry it, and a restart or a reload embeds only
 * texts it has never seen. TextVector nodes are not entities: loads, exports and counts of the graph ignore them.
 */
@Component
public class TextVectors {

    private static final Logger log = LoggerFactory.getLogger(TextVectors.class);
    static final int BATCH = 64;
    /** Vectors computed in this JVM, by content hash: a second store in the same JVM writes them without the model. */
    private static final Map<String, float[]> MEMO = new java.util.concurrent.ConcurrentHashMap<>();
    static final int MEMO_MAX = 5_000;

    /** An entity a text belongs to, and as what (name, nameEn, alias, evidence). */
    public record Owner(String entityId, String kind, String field) {
    }

    /** A stored text near a query vector: cosine similarity and the entities that carry it. */
    public record Neighbour(String hash, String text, double similarity, List<Owner> owners) {
    }

    private record Entry(String text, List<Owner> owners) {
    }

    /**
     * What a refresh did: texts read (one per entity and field), entities they belong to, distinct texts (content
     * hashes), texts run through the model now, vectors found in the store or in this JVM's memory, distinct texts
     * left without a vector over {@code maxTexts}, owners not remembered over {@code maxOwners}, and the time spent
     * in the model and in the whole refresh.
     */
    public record Refresh(long texts, long entities, int distinct, int embedded, int fromStore, int fromMemory,
                          long textsOverLimit, long ownersOverLimit, long embedMillis, long millis) {
    }

    private final Driver driver;
    private final CypherRunner cypher;
    private final Embedder embedder;
    private final TextSettings settings;
    /** hash → text and owners of the current graph; replaced whole by {@link #refresh}. */
    private volatile Map<String, Entry> entries = Map.of();
    private volatile Refresh lastRefresh;

    public TextVectors(Driver driver, CypherRunner cypher, Embedder embedder, TextSettings settings) {
        this.driver = driver;
        this.cypher = cypher;
        this.embedder = embedder;
        this.settings = settings;
    }

    /**
     * Brings the vectors in line with the graph: groups the entities' texts by content hash, embeds the texts the
     * store has no vector for, and records every text's owners. Returns how many texts were embedded.
     */
    public int refresh(EntityTexts texts) {
        long started = System.nanoTime();
        Map<String, Entry> fresh = new LinkedHashMap<>();
        Set<String> overLimit = new java.util.HashSet<>();
        long[] counts = new long[3]; // texts, entities, owners not remembered
        String[] lastEntity = {null};
        texts.texts(page -> {
            for (EntityTexts.EntityText t : page) {
                counts[0]++;
                if (!t.entityId().equals(lastEntity[0])) {
                    counts[1]++;
                    lastEntity[0] = t.entityId();
                }
                String hash = Embedder.hash(t.text());
                Entry e = fresh.get(hash);
                if (e == null) {
                    if (fresh.size() >= settings.maxTexts()) {
                        overLimit.add(hash);
                        continue;
                    }
                    e = new Entry(t.text(), new ArrayList<>());
                    fresh.put(hash, e);
                }
                if (e.owners().size() < settings.maxOwners()) {
                    e.owners().add(new Owner(t.entityId(), t.kind(), t.field()));
                } else {
                    counts[2]++;
                }
            }
        });
        Set<String> stored = new java.util.HashSet<>();
        List<String> hashes = List.copyOf(fresh.keySet());
        for (int i = 0; i < hashes.size(); i += 5_000) {
            stored.addAll(cypher.read("MATCH (v:TextVector) WHERE v.hash IN $hashes RETURN v.hash AS hash",
                    Map.of("hashes", hashes.subList(i, Math.min(hashes.size(), i + 5_000))), r -> r.get("hash").asString()));
        }
        List<String> missing = hashes.stream().filter(h -> !stored.contains(h)).toList();
        int computed = 0;
        long embedNanos = 0;
        for (int i = 0; i < missing.size(); i += BATCH) {
            List<String> batch = missing.subList(i, Math.min(missing.size(), i + BATCH));
            // vectors this JVM already computed (another store of the same JVM: tests start several apps)
            Map<String, float[]> known = new java.util.HashMap<>();
            batch.forEach(h -> {
                float[] v = MEMO.get(h);
                if (v != null) {
                    known.put(h, v);
                }
            });
            List<String> toEmbed = batch.stream().filter(h -> !known.containsKey(h)).toList();
            if (!toEmbed.isEmpty()) {
                long embedStarted = System.nanoTime();
                List<float[]> embedded = embedder.embedAll(toEmbed.stream().map(h -> fresh.get(h).text()).toList());
                embedNanos += System.nanoTime() - embedStarted;
                for (int j = 0; j < toEmbed.size(); j++) {
                    known.put(toEmbed.get(j), embedded.get(j));
                    if (MEMO.size() < MEMO_MAX) {
                        MEMO.put(toEmbed.get(j), embedded.get(j));
                    }
                }
                computed += toEmbed.size();
            }
            List<float[]> vectors = batch.stream().map(known::get).toList();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int j = 0; j < batch.size(); j++) {
                rows.add(Map.of("hash", batch.get(j), "text", fresh.get(batch.get(j)).text(), "vector", list(vectors.get(j))));
            }
            write("""
                    UNWIND $rows AS r
                    MERGE (v:TextVector {hash: r.hash})
                    SET v.text = r.text, v.model = $model
                    WITH v, r CALL db.create.setNodeVectorProperty(v, 'embedding', r.vector)""",
                    Map.of("rows", rows, "model", Embedder.MODEL));
        }
        // owners on the nodes too, for anyone reading the store with Cypher
        List<Map<String, Object>> owners = new ArrayList<>();
        fresh.forEach((hash, e) -> owners.add(Map.of("hash", hash, "owners",
                e.owners().stream().map(o -> o.entityId() + " " + o.field()).toList())));
        write("MATCH (v:TextVector) WHERE v.owners IS NOT NULL SET v.owners = null", Map.of());
        for (int i = 0; i < owners.size(); i += 1_000) {
            write("UNWIND $rows AS r MATCH (v:TextVector {hash: r.hash}) SET v.owners = r.owners",
                    Map.of("rows", owners.subList(i, Math.min(owners.size(), i + 1_000))));
        }
        entries = Map.copyOf(fresh);
        Refresh done = new Refresh(counts[0], counts[1], fresh.size(), computed, fresh.size() - missing.size(),
                missing.size() - computed, overLimit.size(), counts[2], embedNanos / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        lastRefresh = done;
        // one line that benchmarks read (bench/README.md): how much was embedded for how many texts
        log.info("Text vectors: {} distinct texts, {} embedded now, {} from the store, {} from this JVM's memory in {} ms "
                        + "(texts {}, entities {}, model {} ms{}{})",
                done.distinct(), done.embedded(), done.fromStore(), done.fromMemory(), done.millis(), done.texts(),
                done.entities(), done.embedMillis(),
                done.textsOverLimit() > 0 ? ", " + done.textsOverLimit() + " distinct texts over maxTexts left without a vector" : "",
                done.ownersOverLimit() > 0 ? ", " + done.ownersOverLimit() + " owners over maxOwners not remembered" : "");
        return computed;
    }

    /** Texts embedded by the last refresh (0 when every vector came from the store). */
    public int embeddedLastRefresh() {
        Refresh r = lastRefresh;
        return r == null ? 0 : r.embedded();
    }

    /** What the last refresh did; null before the first. */
    public Refresh lastRefresh() {
        return lastRefresh;
    }

    /** Distinct texts of the current graph that have a vector. */
    public int size() {
        return entries.size();
    }

    /** The stored texts nearest to a vector (those of the current graph), most similar first. */
    public List<Neighbour> nearest(float[] vector, int k) {
        Map<String, Entry> current = entries;
        if (current.isEmpty()) {
            return List.of();
        }
        List<Neighbour> out = new ArrayList<>();
        for (Map<String, Object> row : cypher.read("""
                CALL db.index.vector.queryNodes('text_vectors', $k, $vector) YIELD node, score
                RETURN node.hash AS hash, score""", Map.of("k", k, "vector", list(vector)))) {
            Entry e = current.get((String) row.get("hash"));
            if (e != null) {
                // the index scores cosine as (1 + cos) / 2
                double cos = 2 * ((Number) row.get("score")).doubleValue() - 1;
                out.add(new Neighbour((String) row.get("hash"), e.text(), cos, e.owners()));
            }
        }
        return out;
    }

    private void write(String query, Map<String, Object> params) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(query, params).consume());
        }
    }

    private static List<Double> list(float[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (float f : v) {
            out.add((double) f);
        }
        return out;
    }

}
