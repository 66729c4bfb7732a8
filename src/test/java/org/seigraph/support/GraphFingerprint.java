package org.seigraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
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

    /**
     * Checks a graph against the fingerprint it had, reading everything again only when the embedded database has
     * committed a transaction since the last check: reads never move the last committed transaction id, so an
     * unchanged id means an unchanged graph, and a hostile corpus of hundreds of cases need not digest the whole
     * store (thousands of 512-float vectors) after each.
     */
    public static final class Watch {
        private final CypherRunner cypher;
        private final TransactionIdStore transactions;
        private final String fingerprint;
        private long checkedAt;

        public Watch(CypherRunner cypher, DatabaseManagementService dbms) {
            this.cypher = cypher;
            this.transactions = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                    .getDependencyResolver().resolveDependency(TransactionIdStore.class);
            this.checkedAt = transactions.getLastCommittedTransactionId();
            this.fingerprint = of(cypher);
        }

        /** The fingerprint as it was when the watch started. */
        public String original() {
            return fingerprint;
        }

        /** The graph's fingerprint now: the original one when nothing was committed since the last check. */
        public String now() {
            long last = transactions.getLastCommittedTransactionId();
            if (last == checkedAt) {
                return fingerprint;
            }
            String current = of(cypher);
            if (current.equals(fingerprint)) {
                checkedAt = last;
            }
            return current;
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
