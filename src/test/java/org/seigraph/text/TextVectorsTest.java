package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;

/** The text vectors of the bundled graph: one per distinct text, cached by content hash, found by meaning. */
class TextVectorsTest {

    private final TextVectors vectors = SharedApp.bean(TextVectors.class);

    @Test
    void aSecondRefreshEmbedsNothingAndEveryDistinctTextHasOneNode() {
        assertThat(vectors.refresh(SharedApp.bean(EntityTexts.class))).as("texts embedded again").isZero();
        TextVectors.Refresh refresh = vectors.lastRefresh();
        assertThat(refresh.embedded()).isZero();
        assertThat(refresh.fromStore() + refresh.fromMemory()).isEqualTo(refresh.distinct()).isEqualTo(vectors.size());
        assertThat(refresh.texts()).as("texts read").isGreaterThan(refresh.distinct());
        assertThat(refresh.entities()).isPositive().isLessThan(refresh.texts());
        assertThat(refresh.textsOverLimit()).isZero();
        try (var session = SharedApp.driver().session()) {
            long nodes = session.run("MATCH (v:TextVector) RETURN count(v)").single().get(0).asLong();
            long distinct = session.run("MATCH (v:TextVector) RETURN count(DISTINCT v.text)").single().get(0).asLong();
            assertThat(nodes).isEqualTo(distinct).isGreaterThanOrEqualTo(vectors.size());
            assertThat(session.run("MATCH (v:TextVector) WHERE v:Entity RETURN count(v)").single().get(0).asLong()).isZero();
        }
    }

    @Test
    void theNearestTextsOfANeedAreThoseOfWhatItMeans() {
        List<TextVectors.Neighbour> near = vectors.nearest(SharedApp.bean(Embedder.class).embed("锂电池"), 5);
        assertThat(near).isNotEmpty();
        assertThat(near.get(0).similarity()).isBetween(0.0, 1.0);
        assertThat(near.stream().flatMap(n -> n.owners().stream()).map(TextVectors.Owner::entityId))
                .contains("technology:高性能锂离子动力电池");
        assertThat(Embedder.hash("锂电池")).isEqualTo(Embedder.hash("锂电池")).isNotEqualTo(Embedder.hash("锂电池 "));
    }

    /** The bundled graph's texts are few: they are scanned in memory, and the scan agrees with the vector index. */
    @Test
    void theInMemoryScanFindsWhatTheVectorIndexFinds() {
        assertThat(vectors.scans()).isTrue();
        for (String need : List.of("锂电池", "网络游戏和动漫制作", "drone delivery")) {
            float[] v = SharedApp.bean(Embedder.class).embed(need);
            List<TextVectors.Neighbour> scanned = vectors.nearest(v, 10);
            List<TextVectors.Neighbour> indexed = vectors.nearestByIndex(v, 40);
            assertThat(scanned).hasSize(10);
            assertThat(scanned).isSortedAccordingTo(java.util.Comparator.comparingDouble(TextVectors.Neighbour::similarity).reversed());
            // the index works on quantized vectors: the same texts, similarities within its rounding
            assertThat(indexed.stream().map(TextVectors.Neighbour::hash).toList()).as(need)
                    .contains(scanned.get(0).hash(), scanned.get(1).hash(), scanned.get(2).hash());
            TextVectors.Neighbour first = indexed.stream().filter(n -> n.hash().equals(scanned.get(0).hash())).findFirst().orElseThrow();
            assertThat(first.similarity()).isCloseTo(scanned.get(0).similarity(), org.assertj.core.data.Offset.offset(0.03));
            assertThat(scanned.get(0).similarity()).isCloseTo(Embedder.cosine(v, SharedApp.bean(Embedder.class)
                    .embed(scanned.get(0).text())), org.assertj.core.data.Offset.offset(1e-4));
        }
    }
}
