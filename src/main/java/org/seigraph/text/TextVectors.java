package org.seigraph.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.seigraph.store.CypherRunner;
import org.seigraph.store.WriteTurns;
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
    /** How long a write waits for the requests' writes in flight, at most. */
    static final java.time.Duration WRITE_WAIT = java.time.Duration.ofSeconds(2);

    /** An entity a text belongs to, and as what (name, nameEn, alias, evidence). */
    public record Owner(String entityId, String kind, String field) {
    }

    /** A stored text near a query vector: cosine similarity and the entities that carry it. */
    public record Neighbour(String hash, String text, double similarity, List<Owner> owners) {
    }

    /** A distinct text, its owners and (when the graph's texts are few enough to scan) its vector. */
    private record Entry(String text, List<Owner> owners, float[] vector) {
        Entry with(float[] v) {
            return new Entry(text, owners, v);
        }
    }

    /**
     * Up to this many distinct texts, {@link #nearest} scans their vectors in memory (2 KB each) instead of querying
     * the vector index: for a graph's few thousand texts the scan costs a fraction of the query and is exact. Above
     * it, the vector index answers.
     */
    static final int SCAN_MAX = 5_000;

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
    private final WriteTurns turns;
    /** hash → text and owners of the current graph; replaced whole by {@link #refresh}. */
    private volatile Map<String, Entry> entries = Map.of();
    /** The current entries' vectors for an exact scan; null when there are more than {@link #SCAN_MAX}. */
    private volatile VectorScan scan;
    private volatile Refresh lastRefresh;

    public TextVectors(Driver driver, CypherRunner cypher, Embedder embedder, TextSettings settings, WriteTurns turns) {
        this.driver = driver;
        this.cypher = cypher;
        this.embedder = embedder;
        this.settings = settings;
        this.turns = turns;
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
                    e = new Entry(t.text(), new ArrayList<>(), null);
                    fresh.put(hash, e);
                }
                if (e.owners().size() < settings.maxOwners()) {
                    e.owners().add(new Owner(t.entityId(), t.kind(), t.field()));
                } else {
                    counts[2]++;
                }
            }
        });
        long[] embedNanos = new long[1];
        Filled filled = fill(List.copyOf(fresh.keySet()), fresh, embedNanos);
        // owners on the nodes too, for anyone reading the store with Cypher
        List<Map<String, Object>> owners = new ArrayList<>();
        fresh.forEach((hash, e) -> owners.add(Map.of("hash", hash, "owners",
                stored(e))));
        write("MATCH (v:TextVector) WHERE v.owners IS NOT NULL SET v.owners = null", Map.of());
        for (int i = 0; i < owners.size(); i += 1_000) {
            write("UNWIND $rows AS r MATCH (v:TextVector {hash: r.hash}) SET v.owners = r.owners",
                    Map.of("rows", owners.subList(i, Math.min(owners.size(), i + 1_000))));
        }
        publish(fresh);
        Refresh done = new Refresh(counts[0], counts[1], fresh.size(), filled.computed(), fresh.size() - filled.missing(),
                filled.missing() - filled.computed(), overLimit.size(), counts[2], embedNanos[0] / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        lastRefresh = done;
        // one line that benchmarks read (bench/README.md): how much was embedded for how many texts
        log.info("Text vectors: {} distinct texts, {} embedded now, {} from the store, {} from this JVM's memory in {} ms "
                        + "(texts {}, entities {}, model {} ms{}{})",
                done.distinct(), done.embedded(), done.fromStore(), done.fromMemory(), done.millis(), done.texts(),
                done.entities(), done.embedMillis(),
                done.textsOverLimit() > 0 ? ", " + done.textsOverLimit() + " distinct texts over maxTexts left without a vector" : "",
                done.ownersOverLimit() > 0 ? ", " + done.ownersOverLimit() + " owners over maxOwners not remembered" : "");
        return filled.computed();
    }

    /**
     * Brings the vectors of a few entities in line with the graph (after a curation change touched them): only
     * their texts are read again; a text the store has no vector for is embedded; owners move from the texts the
     * entities no longer carry to those they carry now. Entries are ordered and capped as {@link #refresh} orders
     * and caps them, except that a text already carried by more than {@code maxOwners} entities keeps the owners it
     * has (the next refresh, at a load, takes the first again). Returns how many texts were embedded.
     */
    public int update(EntityTexts texts, Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        Set<String> ids = Set.copyOf(entityIds);
        Map<String, Entry> next = new LinkedHashMap<>();
        Set<String> touched = new java.util.LinkedHashSet<>();
        // copies throughout: readers of the current entries keep seeing them unchanged
        entries.forEach((hash, e) -> {
            List<Owner> kept = new ArrayList<>(e.owners().stream().filter(o -> !ids.contains(o.entityId())).toList());
            if (kept.size() != e.owners().size()) {
                touched.add(hash);
            }
            if (!kept.isEmpty()) {
                next.put(hash, new Entry(e.text(), kept, e.vector()));
            }
        });
        List<String> added = new ArrayList<>();
        for (EntityTexts.EntityText t : texts.textsOf(ids)) {
            String hash = Embedder.hash(t.text());
            Entry e = next.get(hash);
            if (e == null) {
                if (next.size() >= settings.maxTexts()) {
                    continue;
                }
                e = new Entry(t.text(), new ArrayList<>(), null);
                next.put(hash, e);
                added.add(hash);
            }
            e.owners().add(new Owner(t.entityId(), t.kind(), t.field()));
            touched.add(hash);
        }
        for (String hash : touched) {
            Entry e = next.get(hash);
            if (e != null) {
                // refresh reads entities in id order; the sort is stable, so one entity's texts keep their order
                e.owners().sort(java.util.Comparator.comparing(Owner::entityId));
                while (e.owners().size() > settings.maxOwners()) {
                    e.owners().remove(e.owners().size() - 1);
                }
            }
        }
        int computed = fill(added, next, new long[1]).computed();
        List<Map<String, Object>> owners = new ArrayList<>();
        for (String hash : touched) {
            Entry e = next.get(hash);
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("hash", hash);
            row.put("owners", e == null ? null : stored(e));
            owners.add(row);
        }
        if (!owners.isEmpty()) {
            write("UNWIND $rows AS r MATCH (v:TextVector {hash: r.hash}) SET v.owners = r.owners", Map.of("rows", owners));
        }
        publish(next);
        log.debug("Text vectors of {} changed entities: {} texts touched, {} embedded now, in {} ms", ids.size(),
                touched.size(), computed, (System.nanoTime() - started) / 1_000_000);
        return computed;
    }

    /** Each current text's owners, by content hash (tests compare an update with a refresh). */
    Map<String, List<Owner>> owners() {
        Map<String, List<Owner>> out = new LinkedHashMap<>();
        entries.forEach((hash, e) -> out.put(hash, List.copyOf(e.owners())));
        return out;
    }

    /** A text's owners as the TextVector node keeps them ("entityId field"), for anyone reading the store with Cypher. */
    private static List<String> stored(Entry e) {
        return e.owners().stream().map(o -> o.entityId() + " " + o.field()).toList();
    }

    /** Of the hashes given to {@link #fill}: how many the store had no vector for, and how many were embedded now. */
    private record Filled(int missing, int computed) {
    }

    /**
     * Gives these hashes of {@code entries} a stored vector: those the store has are kept, the rest are embedded (or
     * taken from this JVM's memory) and stored. When the entries are few enough to scan, each entry also gets its
     * vector. The time in the model is added to {@code embedNanos[0]}.
     */
    private Filled fill(List<String> hashes, Map<String, Entry> entries, long[] embedNanos) {
        boolean scanned = entries.size() <= SCAN_MAX;
        Map<String, float[]> stored = stored(hashes, scanned);
        List<String> missing = hashes.stream().filter(h -> !stored.containsKey(h)).toList();
        Map<String, float[]> made = new java.util.HashMap<>();
        int computed = store(missing, entries, embedNanos, made);
        if (scanned) {
            stored.putAll(made);
            for (String hash : hashes) {
                entries.computeIfPresent(hash, (h, e) -> e.with(stored.get(h)));
            }
        }
        return new Filled(missing.size(), computed);
    }

    /**
     * Those of these hashes the store has a vector for, with the vector when {@code vectors} (else an empty array).
     */
    private Map<String, float[]> stored(List<String> hashes, boolean vectors) {
        Map<String, float[]> stored = new java.util.HashMap<>();
        String query = "MATCH (v:TextVector) WHERE v.hash IN $hashes RETURN v.hash AS hash"
                + (vectors ? ", v.embedding AS embedding" : "");
        for (int i = 0; i < hashes.size(); i += 5_000) {
            cypher.read(query, Map.of("hashes", hashes.subList(i, Math.min(hashes.size(), i + 5_000))), r -> {
                stored.put(r.get("hash").asString(), vectors ? floats(r.get("embedding").asList(v -> v.asFloat())) : new float[0]);
                return null;
            });
        }
        return stored;
    }

    private static float[] floats(List<Float> list) {
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** Makes these the current entries, with a scan over their vectors when they all have one and are few enough. */
    private void publish(Map<String, Entry> next) {
        Map<String, float[]> byHash = new LinkedHashMap<>();
        next.forEach((hash, e) -> byHash.put(hash, e.vector()));
        boolean complete = next.size() <= SCAN_MAX
                && byHash.values().stream().allMatch(v -> v != null && v.length == Embedder.DIMENSIONS);
        VectorScan fresh = complete ? VectorScan.of(byHash, Embedder.DIMENSIONS) : null;
        // in this order, so that a reader that sees the new entries sees no older scan
        scan = null;
        entries = Map.copyOf(next);
        scan = fresh;
    }

    /**
     * Embeds (or takes from this JVM's memory) the texts of these hashes and stores their vectors; how many were
     * embedded. The vectors go to {@code made}, the time in the model to {@code embedNanos[0]}.
     */
    private int store(List<String> missing, Map<String, Entry> fresh, long[] embedNanos, Map<String, float[]> made) {
        int computed = 0;
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
                embedNanos[0] += System.nanoTime() - embedStarted;
                for (int j = 0; j < toEmbed.size(); j++) {
                    known.put(toEmbed.get(j), embedded.get(j));
                    if (MEMO.size() < MEMO_MAX) {
                        MEMO.put(toEmbed.get(j), embedded.get(j));
                    }
                }
                computed += toEmbed.size();
            }
            List<float[]> vectors = batch.stream().map(known::get).toList();
            made.putAll(known);
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
        VectorScan inMemory = scan;
        if (current.isEmpty()) {
            return List.of();
        }
        if (inMemory == null || inMemory.size() != current.size()) {
            return nearestByIndex(vector, k);
        }
        List<Neighbour> out = new ArrayList<>();
        for (VectorScan.Hit hit : inMemory.nearest(vector, k)) {
            Entry e = current.get(hit.hash());
            if (e != null) {
                out.add(new Neighbour(hit.hash(), e.text(), hit.similarity(), e.owners()));
            }
        }
        return out;
    }

    /** True when {@link #nearest} scans the vectors in memory (the graph has at most {@link #SCAN_MAX} texts). */
    boolean scans() {
        VectorScan inMemory = scan;
        return inMemory != null && inMemory.size() == entries.size();
    }

    /** The nearest texts by the vector index (quantized, approximate): for graphs with more than {@link #SCAN_MAX} texts. */
    List<Neighbour> nearestByIndex(float[] vector, int k) {
        Map<String, Entry> current = entries;
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

    /** A background write: after the requests' writes in flight (a vector index update holds up theirs). */
    private void write(String query, Map<String, Object> params) {
        turns.awaitQuiet(WRITE_WAIT);
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
