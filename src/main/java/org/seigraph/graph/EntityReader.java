package org.seigraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.cypherdsl.core.Cypher;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Component;

/**
 * Reads entities as maps of their properties plus {@code kind} (their label) and {@code sources} (the
 * evidence, with the sentence cut out of the document). GraphQL resolves every Entity field from this map.
 */
@Component
public class EntityReader {

    /** Cypher for the label of the node bound to {@code var}, other than Entity (its GraphQL type). */
    public static String kind(String var) {
        return "[l IN labels(" + var + ") WHERE l <> 'Entity'][0]";
    }

    /**
     * Cypher that is true when the bureau or responsibility edge bound to {@code var} is one of the placeholders
     * 市有关部门 and 有关区人民政府 (docs/graph-model.md#placeholders); the one definition every answer filters by.
     */
    public static String placeholder(String var) {
        return "coalesce(" + var + ".placeholder, false)";
    }

    /** Cypher map projection of the node bound to {@code var} as an entity; reused by every feature's Cypher. */
    public static String projection(String var) {
        return var + " {.*, kind: " + kind(var) + "}";
    }

    /**
     * Key marking an entity map read as of a past moment ({@link GraphHistory}): fields that were not read in the
     * same query cannot be served for it later, when the history transaction is gone.
     */
    public static final String AS_OF = "@asOf";

    /** {@link #projection} of {@code n}. */
    public static final String PROJECTION = projection("n");

    private final CypherRunner cypher;
    private final DocumentTexts documents;

    public EntityReader(CypherRunner cypher, DocumentTexts documents) {
        this.cypher = cypher;
        this.documents = documents;
    }

    /**
     * Cypher that binds {@code n} to each entity of {@code $batch.ids} in the order asked; unknown ids bind nothing.
     * The ids come inside a map ({@link #batch}) so that one plan serves every number of ids (Neo4j plans a list
     * parameter per size bucket, a map once).
     */
    public static final String BY_IDS = "UNWIND $batch.ids AS id MATCH (n:" + GraphModel.ENTITY + " {id: id})";

    /** The parameters of {@link #BY_IDS}. */
    public static Map<String, Object> batch(Collection<String> ids) {
        return Map.of("batch", Map.of("ids", List.copyOf(ids)));
    }

    private final EntityProjection plain = EntityProjection.of(
            Cypher.anyNode("n").project(Cypher.asterisk(), "kind", Cypher.raw(kind("n"))), this::entity);

    /** Every property of {@code n}, read with {@link #entity}. */
    public EntityProjection plain() {
        return plain;
    }

    public Optional<Map<String, Object>> byId(String id) {
        return byIds(List.of(id)).values().stream().findFirst();
    }

    /** Entities by id, in the order asked; unknown ids are absent. */
    public Map<String, Map<String, Object>> byIds(Collection<String> ids) {
        return byIds(ids, plain());
    }

    /** Entities by id as {@code projection} returns them (e.g. with a request's nested fields), in the order asked. */
    public Map<String, Map<String, Object>> byIds(Collection<String> ids, EntityProjection projection) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        projection.read(cypher, BY_IDS, batch(ids))
                .forEach(entity -> found.put((String) entity.get("id"), entity));
        return found;
    }

    /** Turns a projected node map into an entity map with sources; use on every node a query returns. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> entity(Object projected) {
        Map<String, Object> entity = new LinkedHashMap<>((Map<String, Object>) projected);
        entity.remove("text");
        entity.putIfAbsent("aliases", List.of());
        entity.put("sources", sources(entity));
        entity.remove(CurationProvenance.PROPERTY);
        if (cypher.inScratch()) {
            entity.put(AS_OF, true);
        }
        return entity;
    }

    /**
     * Evidence of a node or relationship from its provenance properties, each source saying how the fact was
     * obtained ({@code derivation}): a span of the text that states it (with the sentence around it); for an
     * inferred fact, the span its rule read (if any) and the rule ({@code basis}); for a curated fact, its citation;
     * and each approved curation change ({@link CurationProvenance}) with who, when, why and on what source.
     */
    public List<Map<String, Object>> sources(Map<String, Object> props) {
        List<Map<String, Object>> sources = new ArrayList<>();
        Object curated = props.get("source");
        String derivation = props.get("derivation") instanceof String d ? d
                : props.get("start") != null ? "text" : curated != null ? "curated" : null;
        boolean inferred = "inferred".equals(derivation);
        // text evidence needs offsets; a curated fact may name the document it is about, but has none
        if (props.get("doc") instanceof String doc && props.get("start") instanceof Number start
                && props.get("end") instanceof Number end) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("doc", doc);
            source.put("section", props.get("section"));
            source.put("start", start.intValue());
            source.put("end", end.intValue());
            documents.sentence(doc, start.longValue(), end.longValue()).ifPresent(s -> source.put("text", s));
            source.put("derivation", derivation);
            if (inferred) {
                source.put("basis", curated);
            }
            sources.add(source);
        } else if (inferred) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("doc", props.get("doc"));
            source.put("section", props.get("section"));
            source.put("derivation", derivation);
            source.put("basis", curated);
            sources.add(source);
        }
        if (curated != null && !inferred) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("doc", "curated");
            source.put("curated", curated);
            source.put("derivation", "curated");
            sources.add(source);
        }
        for (CurationProvenance.Entry entry : CurationProvenance.decode(props.get(CurationProvenance.PROPERTY))) {
            sources.add(CurationProvenance.source(entry));
        }
        return sources;
    }
}
