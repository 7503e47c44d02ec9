package org.pvcoder.coding.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

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

    private static volatile Embedder shared;

    private final AbstractInProcessEmbeddingModel model;

    private Embedder() {
        // Runnable::run: a batch is embedded on the calling thread (ONNX Runtime itself uses the cores per call);
        // callers that want several threads call from several threads.
        this.model = new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
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
        return normalised(model.embed(text).content().vector());
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
