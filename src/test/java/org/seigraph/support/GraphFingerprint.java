package org.seigraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.seigraph.store.CypherRunner;

/**
 * A digest of everything a write could change: every node's labels and properties, every relationship's type,
 * ends and properties, and the schema (constraints and indexes with their labels, properties and state). Two
 * equal fingerprints mean the graph is unchanged, not just its counts.
 */
public final class GraphFingerprint {

    public static String of(CypherRunner cypher) {
        List<String> lines = new ArrayList<>();
        cypher.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of())
                .forEach(r -> lines.add("N " + sorted(r.get("l")) + " " + new TreeMap<>((Map<?, ?>) r.get("p"))));
        cypher.read("MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p", Map.of())
                .forEach(r -> lines.add("R " + r.get("t") + " " + r.get("a") + "->" + r.get("b") + " "
                        + new TreeMap<>((Map<?, ?>) r.get("p"))));
        cypher.read("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *", Map.of())
                .forEach(r -> lines.add("C " + new TreeMap<>(r)));
        cypher.read("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN *", Map.of())
                .forEach(r -> lines.add("I " + new TreeMap<>(r)));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + " facts, sha-256 " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sorted(Object labels) {
        List<String> out = new ArrayList<>();
        ((List<?>) labels).forEach(l -> out.add(String.valueOf(l)));
        out.sort(null);
        return out.toString();
    }

    private GraphFingerprint() {
    }
}
