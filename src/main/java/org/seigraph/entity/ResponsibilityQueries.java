package org.seigraph.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.graph.EntityReader;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Component;

/**
 * Who owns what: RESPONSIBLE_FOR edges with rank (1 = listed first), lead flag, list size and evidence. The
 * placeholders 市有关部门 and 有关区人民政府 (edges and bureaus flagged {@code placeholder}) are left out of every
 * answer unless the caller includes them or asks for one by id; with them, {@code listSize} counts every entry.
 */
@Component
public class ResponsibilityQueries {

    private static final String RETURN = " RETURN b.id AS bureauId, s.id AS subjectId, "
            + EntityReader.projection("b") + " AS bureau, "
            + EntityReader.projection("s") + " AS subject, properties(r) AS r";

    /** Text order of responsibility edges: the list's place in the text (its evidence span), then rank; id last. */
    static final String TEXT_ORDER = "r.doc, r.start, r.rank, s.id";

    private final CypherRunner cypher;
    private final EntityReader entities;

    public ResponsibilityQueries(CypherRunner cypher, EntityReader entities) {
        this.cypher = cypher;
        this.entities = entities;
    }

    /**
     * All responsibilities, optionally narrowed to a bureau and/or a subject, in the text's order: by the position
     * of their responsibility list in the document (the edge's evidence span), then rank. A bureau's tasks thus come
     * as the plan lists them (三(一) before 七(三)), not in the string order of section numbers. The placeholders are
     * left out unless included or asked for by id.
     */
    public List<Map<String, Object>> find(String bureauId, String subjectId, boolean leadOnly, boolean includePlaceholders) {
        // Anchor the pattern on the id that is given: "$bureau IS NULL OR b.id = $bureau" cannot use the index,
        // so it scanned every bureau and its edges (slow at scale, bench/results/*scale*).
        String match = bureauId != null
                ? "MATCH (b:Bureau {id: $bureau})-[r:RESPONSIBLE_FOR]->(s:Entity) WHERE ($subject IS NULL OR s.id = $subject) "
                : subjectId != null
                ? "MATCH (b:Bureau)-[r:RESPONSIBLE_FOR]->(s:Entity {id: $subject}) WHERE true "
                : "MATCH (b:Bureau)-[r:RESPONSIBLE_FOR]->(s:Entity) WHERE true ";
        Map<String, Object> params = params(bureauId, subjectId, leadOnly);
        params.put("placeholders", includePlaceholders);
        List<Map<String, Object>> rows = cypher.read(match + "AND (NOT $leadOnly OR r.lead) "
                        + "AND ($placeholders OR b.id = $bureau OR NOT " + EntityReader.placeholder("r") + ") "
                        + "WITH b, r, s ORDER BY " + TEXT_ORDER + RETURN, params)
                .stream().map(this::responsibility).toList();
        // the query kept a placeholder asked for by id; only the list size depends on the flag here
        return includePlaceholders ? asAsked(rows, true) : rows;
    }

    /**
     * A list of responsibilities as asked: without the placeholders, or with them and {@code listSize} counting
     * every entry of each list.
     */
    public static List<Map<String, Object>> asAsked(List<Map<String, Object>> list, boolean includePlaceholders) {
        return includePlaceholders ? list.stream().map(r -> withListSize(r, r.get("listSizeAll"))).toList()
                : list.stream().filter(r -> !Boolean.TRUE.equals(r.get("placeholder"))).toList();
    }

    private static Map<String, Object> withListSize(Map<String, Object> r, Object size) {
        Map<String, Object> out = new LinkedHashMap<>(r);
        if (size != null) {
            out.put("listSize", size);
        }
        return out;
    }

    /** For a bureau: the bureaus named in the same responsibility lists, with how many lists they share. */
    public List<Map<String, Object>> coResponsible(String bureauId, boolean includePlaceholders) {
        return cypher.read("MATCH (b:Bureau {id: $bureau})-[:RESPONSIBLE_FOR]->(s)<-[r:RESPONSIBLE_FOR]-(o:Bureau) "
                        + "WHERE o <> b AND ($placeholders OR NOT " + EntityReader.placeholder("o") + ") "
                        + "WITH o, collect(DISTINCT s) AS shared "
                        + "RETURN " + EntityReader.projection("o") + " AS bureau, size(shared) AS sharedTasks, "
                        + "[x IN shared | " + EntityReader.projection("x") + "] AS subjects "
                        + "ORDER BY sharedTasks DESC, o.id", Map.of("bureau", bureauId, "placeholders", includePlaceholders))
                .stream().map(row -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("bureau", entities.entity(row.get("bureau")));
                    out.put("sharedTasks", row.get("sharedTasks"));
                    out.put("subjects", ((List<?>) row.get("subjects")).stream().map(entities::entity).toList());
                    return out;
                }).toList();
    }

    /** Per bureau: tasks led (listed first), tasks co-owned (listed later), and the total; placeholders only if included. */
    public List<Map<String, Object>> workload(boolean includePlaceholders) {
        return cypher.read("MATCH (b:Bureau) WHERE $placeholders OR NOT " + EntityReader.placeholder("b") + " "
                        + "OPTIONAL MATCH (b)-[r:RESPONSIBLE_FOR]->() "
                        + "WITH b, count(CASE WHEN r.lead THEN 1 END) AS led, count(CASE WHEN NOT r.lead THEN 1 END) AS coOwned "
                        + "RETURN " + EntityReader.projection("b") + " AS bureau, led, coOwned, led + coOwned AS total "
                        + "ORDER BY total DESC, led DESC, b.id", Map.of("placeholders", includePlaceholders))
                .stream().map(row -> {
                    Map<String, Object> out = new LinkedHashMap<>(row);
                    out.put("bureau", entities.entity(row.get("bureau")));
                    return out;
                }).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> responsibility(Map<String, Object> row) {
        return responsibility((Map<String, Object>) row.get("r"), entities.entity(row.get("bureau")),
                entities.entity(row.get("subject")));
    }

    /** A Responsibility as GraphQL serves it, from the edge's properties and its two ends (either may be left out). */
    Map<String, Object> responsibility(Map<String, Object> r, Map<String, Object> bureau, Map<String, Object> subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (bureau != null) {
            out.put("bureau", bureau);
        }
        if (subject != null) {
            out.put("subject", subject);
        }
        out.put("rank", r.get("rank"));
        out.put("lead", r.get("lead"));
        out.put("listSize", r.get("listSize"));
        out.put("listSizeAll", r.get("listSizeAll"));
        out.put("placeholder", Boolean.TRUE.equals(r.get("placeholder")));
        out.put("sources", entities.sources(r));
        return out;
    }

    private static Map<String, Object> params(String bureau, String subject, boolean leadOnly) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("bureau", bureau);
        p.put("subject", subject);
        p.put("leadOnly", leadOnly);
        return p;
    }
}
