package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The exact nearest-text scan: the k most similar by cosine, best first, whatever the vectors' lengths. */
class VectorScanTest {

    @Test
    void findsTheMostSimilarFirstByCosine() {
        Map<String, float[]> byHash = new LinkedHashMap<>();
        byHash.put("east", new float[] {1, 0, 0});
        byHash.put("north-east", new float[] {3, 3, 0}); // not unit length: normalised
        byHash.put("north", new float[] {0, 1, 0});
        byHash.put("west", new float[] {-1, 0, 0});
        byHash.put("up", new float[] {0, 0, 2});
        VectorScan scan = VectorScan.of(byHash, 3);

        List<VectorScan.Hit> hits = scan.nearest(new float[] {2, 0.5f, 0}, 3);
        assertThat(hits).extracting(VectorScan.Hit::hash).containsExactly("east", "north-east", "north");
        assertThat(hits.get(0).similarity()).isCloseTo(2 / Math.sqrt(4.25), Offset.offset(1e-6));
        assertThat(scan.nearest(new float[] {2, 0.5f, 0}, 10)).hasSize(5).last().extracting(VectorScan.Hit::hash).isEqualTo("west");
        assertThat(scan.nearest(new float[] {0, 0, 0}, 3)).isEmpty();
        assertThat(scan.nearest(new float[] {1, 0, 0}, 0)).isEmpty();
    }

    @Test
    void agreesWithSortingEveryCosine() {
        Map<String, float[]> byHash = random(7, 300, 37);
        float[] query = byHash.get("t42").clone();
        query[0] += 0.3f;
        List<String> expected = byHash.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble((Map.Entry<String, float[]> e) -> -Embedder.cosine(query, e.getValue())))
                .limit(40).map(Map.Entry::getKey).toList();
        List<VectorScan.Hit> hits = VectorScan.of(byHash, 37).nearest(query, 40);
        assertThat(hits).extracting(VectorScan.Hit::hash).containsExactlyElementsOf(expected);
        assertThat(hits.get(0).hash()).isEqualTo("t42");
    }

    @Test
    void blocksAgreeWithOneArrayAndStayBelowAG1HumongousObject() {
        Map<String, float[]> byHash = random(11, 1_000, 512);
        float[] query = byHash.get("t777").clone();
        query[3] += 0.2f;
        VectorScan blocks = VectorScan.of(byHash, 512);
        VectorScan oneArray = VectorScan.of(byHash, 512, Integer.MAX_VALUE);
        assertThat(blocks.largestBlock() * Float.BYTES).isLessThanOrEqualTo(VectorScan.BLOCK_BYTES).isLessThan(512 * 1024);
        assertThat(oneArray.largestBlock()).isEqualTo(1_000 * 512);
        assertThat(blocks.nearest(query, 50)).containsExactlyElementsOf(oneArray.nearest(query, 50));
        assertThat(VectorScan.of(byHash, 512, 512 * 4 * 7).nearest(query, 50)).containsExactlyElementsOf(oneArray.nearest(query, 50));
        assertThat(blocks.nearest(query, 1).get(0).hash()).isEqualTo("t777");
    }

    @Test
    void refusesAVectorOfAnotherSize() {
        assertThatThrownBy(() -> VectorScan.of(Map.of("x", new float[] {1, 2}), 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code n} random vectors "t0", "t1", … of {@code dimensions}. */
    private static Map<String, float[]> random(long seed, int n, int dimensions) {
        Random random = new Random(seed);
        Map<String, float[]> byHash = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            float[] v = new float[dimensions];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
            }
            byHash.put("t" + i, v);
        }
        return byHash;
    }
}
