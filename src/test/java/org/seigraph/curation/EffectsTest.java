package org.seigraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.seigraph.store.CypherRunner;
import org.seigraph.store.TxCypher;
import org.seigraph.support.WritableApp;

/**
 * Taking back the writes of several changes in batches ({@link Effects#undoAll}) leaves the graph as it was, whatever
 * the mix: the same property set twice, nodes and relationships created and deleted, a node deleted with its edges.
 * Every write runs in a scratch transaction that is rolled back.
 */
class EffectsTest {

    private static final String PARK = "park:航空航天科技产业城";
    private static final String DISTRICT = "district:滨海新区";
    private static final String NEW = "technology:zz-effects-test";

    @Test
    void undoingSeveralChangesInBatchesLeavesTheGraphAsItWas() {
        CypherRunner cypher = WritableApp.bean(CypherRunner.class);
        String before = entities(cypher);
        assertThat(cypher.scratch(tx -> changes(tx), () -> entities(cypher))).as("the changes change the graph").isNotEqualTo(before);
        assertThat(cypher.scratch(tx -> Effects.undoAll(changes(tx), tx), () -> entities(cypher))).isEqualTo(before);
    }

    /** Two changes' effects, run forward; newest change first, as history takes them back. */
    private static List<List<Map<String, Object>>> changes(TxCypher tx) {
        GraphState graph = new GraphState(tx);
        Effects first = new Effects();
        first.run(Effects.setNode(PARK, props("nameEn", graph.node(PARK).get("nameEn")), props("nameEn", "X")), tx);
        first.run(Effects.createRel("LOCATED_IN", PARK, DISTRICT, props("id", "LOCATED_IN:" + PARK + "->" + DISTRICT)), tx);
        first.run(Effects.createNode(NEW, "Technology", props("id", NEW, "name", "效果测试")), tx);
        first.run(Effects.createRel("LOCATED_IN", NEW, DISTRICT, props("id", "LOCATED_IN:" + NEW + "->" + DISTRICT)), tx);

        Effects second = new Effects();
        second.run(Effects.setNode(PARK, props("nameEn", "X", "aliases", graph.node(PARK).get("aliases")),
                props("nameEn", "Y", "aliases", List.of("一", "二"))), tx);
        Map<String, Object> rel = tx.run("MATCH (a:Entity)-[r:BUILDS]->(b:Entity) RETURN a.id AS a, b.id AS b, properties(r) AS p "
                + "ORDER BY r.id LIMIT 1", Map.of()).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> relProps = (Map<String, Object>) rel.get("p");
        second.run(Effects.setRel("BUILDS", (String) relProps.get("id"), (String) rel.get("a"), (String) rel.get("b"),
                props("rank", relProps.get("rank")), props("rank", 99)), tx);
        second.run(Effects.deleteRel("BUILDS", (String) rel.get("a"), (String) rel.get("b"), relProps), tx);
        String victim = (String) tx.run("MATCH (n:Entity:Park) WHERE n.id <> $park AND EXISTS { (n)--(:Entity) } "
                + "RETURN n.id AS id ORDER BY id LIMIT 1", Map.of("park", PARK)).get(0).get("id");
        GraphState.NodeState node = graph.node(victim);
        second.run(Effects.deleteNode(victim, node.label(), node.props(), graph.rels(victim)), tx);
        return List.of(second.list(), first.list());
    }

    /** Every entity and relationship between entities with its properties, sorted. */
    private static String entities(CypherRunner cypher) {
        List<String> lines = new ArrayList<>();
        cypher.read("MATCH (n:Entity) RETURN labels(n) AS l, properties(n) AS p", Map.of())
                .forEach(r -> lines.add("N " + r.get("l") + " " + new TreeMap<>((Map<?, ?>) r.get("p"))));
        cypher.read("MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p", Map.of())
                .forEach(r -> lines.add("R " + r.get("t") + " " + r.get("a") + "->" + r.get("b") + " " + new TreeMap<>((Map<?, ?>) r.get("p"))));
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }
}
