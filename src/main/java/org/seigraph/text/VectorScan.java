package org.seigraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The nearest texts to a query vector by an exact scan of every text's vector, held in memory in blocks of
 * {@link #BLOCK_BYTES}. For the few thousand distinct texts of a graph this costs a fraction of a vector-index
 * query (no query planning, no parameter conversion of 512 numbers, no graph walk over quantized vectors) and gives
 * the exact cosine. Blocks, not one array: a scan is built again after every curation change, and one array of all
 * vectors (1.4 MB for 700 texts) is a humongous object to G1, each of which can start a concurrent marking cycle
 * whose remark pause stops every request; a block (256 KB) is an ordinary young object.
 */
final class VectorScan {

    /** A text near the query: its content hash and cosine similarity. */
    record Hit(String hash, double similarity) {
    }

    /** Bytes of a block at most: below half of G1's smallest region (1 MB), so never humongous. */
    static final int BLOCK_BYTES = 256 * 1024;

    private final String[] hashes;
    /** Unit vectors, one after the other, {@code block} texts per array: text i is in block i / block. */
    private final float[][] blocks;
    private final int block;
    private final int dimensions;

    private VectorScan(String[] hashes, float[][] blocks, int block, int dimensions) {
        this.hashes = hashes;
        this.blocks = blocks;
        this.block = block;
        this.dimensions = dimensions;
    }

    /** A scan over these vectors (by content hash), each normalised to unit length. */
    static VectorScan of(Map<String, float[]> byHash, int dimensions) {
        return of(byHash, dimensions, BLOCK_BYTES);
    }

    /** The same, in blocks of at most {@code blockBytes} (at least one vector each). */
    static VectorScan of(Map<String, float[]> byHash, int dimensions, int blockBytes) {
        int n = byHash.size();
        int block = Math.max(1, blockBytes / Float.BYTES / Math.max(1, dimensions));
        String[] hashes = new String[n];
        float[][] blocks = new float[(n + block - 1) / block][];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new float[Math.min(block, n - b * block) * dimensions];
        }
        int i = 0;
        for (Map.Entry<String, float[]> e : byHash.entrySet()) {
            float[] v = e.getValue();
            if (v.length != dimensions) {
                throw new IllegalArgumentException("vector of " + e.getKey() + " has " + v.length + " dimensions, not " + dimensions);
            }
            double norm = Math.sqrt(dot(v, 0, v, 0, dimensions));
            float[] to = blocks[i / block];
            int at = (i % block) * dimensions;
            for (int d = 0; d < dimensions; d++) {
                to[at + d] = norm == 0 ? 0 : (float) (v[d] / norm);
            }
            hashes[i++] = e.getKey();
        }
        return new VectorScan(hashes, blocks, block, dimensions);
    }

    int size() {
        return hashes.length;
    }

    /** The largest block's length in floats. */
    int largestBlock() {
        int max = 0;
        for (float[] b : blocks) {
            max = Math.max(max, b.length);
        }
        return max;
    }

    /** The k texts most similar to the query (by cosine), most similar first. */
    List<Hit> nearest(float[] query, int k) {
        double qNorm = Math.sqrt(dot(query, 0, query, 0, dimensions));
        int n = Math.min(k, hashes.length);
        if (n <= 0 || qNorm == 0) {
            return List.of();
        }
        // the k best so far, kept sorted (k is a few dozen: insertion beats a heap)
        int[] best = new int[n];
        double[] score = new double[n];
        int kept = 0;
        for (int i = 0; i < hashes.length; i++) {
            double s = dot(query, 0, blocks[i / block], (i % block) * dimensions, dimensions);
            if (kept == n && s <= score[n - 1]) {
                continue;
            }
            int at = kept < n ? kept++ : n - 1;
            while (at > 0 && score[at - 1] < s) {
                score[at] = score[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            score[at] = s;
            best[at] = i;
        }
        List<Hit> out = new ArrayList<>(kept);
        for (int j = 0; j < kept; j++) {
            out.add(new Hit(hashes[best[j]], Math.max(-1, Math.min(1, score[j] / qNorm))));
        }
        return out;
    }

    /** Four running sums, so the JIT keeps them in registers side by side. */
    private static double dot(float[] a, int aFrom, float[] b, int bFrom, int length) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int d = 0;
        for (; d + 3 < length; d += 4) {
            s0 += a[aFrom + d] * b[bFrom + d];
            s1 += a[aFrom + d + 1] * b[bFrom + d + 1];
            s2 += a[aFrom + d + 2] * b[bFrom + d + 2];
            s3 += a[aFrom + d + 3] * b[bFrom + d + 3];
        }
        for (; d < length; d++) {
            s0 += a[aFrom + d] * b[bFrom + d];
        }
        return (double) s0 + s1 + s2 + s3;
    }
}
