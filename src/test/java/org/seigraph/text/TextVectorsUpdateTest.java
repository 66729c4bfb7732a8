package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.seigraph.support.WritableApp;

/**
 * After a change to a few entities, the vectors of those entities only are brought up to date, and the result is
 * what a refresh of the whole graph gives.
 */
class TextVectorsUpdateTest {

    private static final String ENTITY = "technology:石墨烯";
    private static final String ALIAS = "石墨烯导热膜片测试";

    @Test
    void anUpdateOfTheChangedEntitiesEqualsARefreshOfTheWholeGraph() {
        TextVectors vectors = WritableApp.bean(TextVectors.class);
        EntityTexts texts = WritableApp.bean(EntityTexts.class);
        assertThat(WritableApp.bean(TextIndexer.class).awaitReady(Duration.ofMinutes(5))).isTrue();
        // the writable app runs lean (no vectors at start): begin from a refresh of the whole graph
        vectors.refresh(texts);
        String hash = Embedder.hash(ALIAS);
        assertThat(vectors.owners()).doesNotContainKey(hash);
        try {
            aliases("coalesce(n.aliases, []) + [$alias]");
            vectors.update(texts, Set.of(ENTITY));
            Map<String, List<TextVectors.Owner>> updated = vectors.owners();
            assertThat(updated.get(hash)).containsExactly(new TextVectors.Owner(ENTITY, "Technology", "alias"));
            assertThat(storedOwners(hash)).containsExactly(ENTITY + " alias");
            vectors.refresh(texts);
            assertThat(vectors.owners()).as("the same as a refresh of the whole graph").isEqualTo(updated);
            assertThat(vectors.nearest(WritableApp.bean(Embedder.class).embed(ALIAS), 3))
                    .extracting(TextVectors.Neighbour::hash).as("found by meaning").contains(hash);
        } finally {
            aliases("[a IN n.aliases WHERE a <> $alias]");
        }
        vectors.update(texts, Set.of(ENTITY));
        Map<String, List<TextVectors.Owner>> back = vectors.owners();
        assertThat(back).as("an alias taken back owns nothing").doesNotContainKey(hash);
        assertThat(storedOwners(hash)).isNull();
        vectors.refresh(texts);
        assertThat(vectors.owners()).isEqualTo(back);
    }

    private static void aliases(String expression) {
        try (Session session = WritableApp.driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (n:Entity {id: $id}) SET n.aliases = " + expression,
                    Map.of("id", ENTITY, "alias", ALIAS)).consume());
        }
    }

    private static List<Object> storedOwners(String hash) {
        try (Session session = WritableApp.driver().session()) {
            var value = session.run("MATCH (v:TextVector {hash: $hash}) RETURN v.owners AS owners", Map.of("hash", hash))
                    .single().get("owners");
            return value.isNull() ? null : value.asList();
        }
    }
}
