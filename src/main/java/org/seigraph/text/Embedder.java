package org.seigraph.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from BGE small zh v1.5 (quantized ONNX, 512 dimensions, normalised), which ships inside its
 * Maven artifact together with ONNX Runtime and the tokenizer: nothing is downloaded at run time. The model is one
 * per JVM (an ONNX session is thread-safe and immutable), loaded on first use: the text indexer's first run, in the
 * background once the app is ready, so start-up does not wait for it.
 */
@Component
public class Embedder {

    /** Part of every content hash: a different model gives different vectors. */
    public static final String MODEL = "bge-small-zh-v1.5-q";
    public static final int DIMENSIONS = 512;
    private static final Logger log = LoggerFactory.getLogger(Embedder.class);

    static {
        // DJL (the tokenizer's runtime) must never reach for the network: its native library is inside the jar
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    /** One per JVM, loaded on first use (the text indexer's first run, after start-up) with the first app's settings. */
    private static volatile EmbeddingModel instance;

    private static EmbeddingModel model(int threads) {
        EmbeddingModel m = instance;
        if (m == null) {
            synchronized (Embedder.class) {
                m = instance;
                if (m == null) {
                    long started = System.nanoTime();
                    m = new BgeModel(threads);
                    m.embed("预热");
                    log.info("Embedding model {} loaded in {} ms ({} intra-op threads)", MODEL,
                            (System.nanoTime() - started) / 1_000_000, threads == 0 ? "ONNX Runtime's default" : threads);
                    instance = m;
                }
            }
        }
        return m;
    }

    private final int threads;

    public Embedder(TextSettings settings) {
        this.threads = settings.modelThreads();
        this.recent = new RecentVectors(Math.max(0, settings.recentVectors()));
    }

    private EmbeddingModel model() {
        return model(threads);
    }

    /** Texts asked about recently (needs, search texts) and their vectors. */
    private final RecentVectors recent;

    /** The unit vector of a text; a text embedded recently is not run through the model again. */
    public float[] embed(String text) {
        return recent.get(text, t -> model().embed(t).content().vector());
    }

    /** Unit vectors of several texts (the model batches them). */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<float[]> out = new ArrayList<>();
        model().embedAll(segments).content().forEach(e -> out.add(e.vector()));
        return out;
    }

    /** The content hash of a text under this model: the key of its cached vector. */
    public static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((MODEL + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
