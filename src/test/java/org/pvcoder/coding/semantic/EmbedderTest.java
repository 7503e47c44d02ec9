package org.pvcoder.coding.semantic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbedderTest {

    private final Embedder embedder = Embedder.shared();

    @Test
    void vectorsAreUnitLength() {
        float[] v = embedder.embed("headache");
        assertEquals(Embedder.DIMENSIONS, v.length);
        assertEquals(1.0, Embedder.cosine(v, v), 1e-4);
    }

    @Test
    void synonymsAreCloserThanUnrelatedPhrases() {
        List<float[]> v = embedder.embedAll(List.of("heart attack", "myocardial infarction", "hair loss",
                "throwing up", "vomiting"));
        float synonyms = Embedder.cosine(v.get(0), v.get(1));
        float unrelated = Embedder.cosine(v.get(0), v.get(2));
        assertTrue(synonyms > unrelated, "heart attack ~ myocardial infarction " + synonyms + " vs hair loss " + unrelated);
        assertTrue(Embedder.cosine(v.get(3), v.get(4)) > Embedder.cosine(v.get(3), v.get(2)));
    }

    @Test
    void batchAndSingleAgree() {
        float[] single = embedder.embed("nausea");
        float[] batched = embedder.embedAll(List.of("rash", "nausea")).get(1);
        assertEquals(1.0, Embedder.cosine(single, batched), 1e-3);
    }

    @Test
    void bytesRoundTrip() {
        float[] v = embedder.embed("dizziness");
        float[] back = TermVectors.fromBytes(TermVectors.toBytes(v));
        assertEquals(Embedder.DIMENSIONS * Float.BYTES, TermVectors.toBytes(v).length);
        for (int i = 0; i < v.length; i++) {
            assertEquals(v[i], back[i]);
        }
    }
}
