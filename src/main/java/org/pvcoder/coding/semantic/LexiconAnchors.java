package org.pvcoder.coding.semantic;

import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.normalize.PhraseTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lexicon's phrases as extra rows of a semantic index ("cant get out of bed", "brain zaps"), each pointing at the
 * term its replacement settles to. Names are written the way labels write; the lexicon's phrases the way people do,
 * so a consumer verbatim that no phrase matches word for word is often nearest to one that says the same thing.
 * Phrase vectors depend only on the phrase and the model and are kept for the JVM's life (a few thousand; embedded
 * once).
 */
public final class LexiconAnchors {

    private static final Map<String, float[]> VECTORS = new ConcurrentHashMap<>();

    private LexiconAnchors() {
    }

    /** The index with an anchor row for every lexicon phrase whose replacement settles to a term of the engine. */
    public static SemanticIndex add(SemanticIndex index, CodingEngine engine, Embedder embedder) {
        Map<String, Integer> ordinalOfPhrase = new LinkedHashMap<>();
        for (PhraseTable.Rewrite rewrite : engine.normalizer().lexiconRewrites()) {
            OptionalInt term = engine.settledTerm(rewrite.replacement());
            if (term.isPresent()) {
                ordinalOfPhrase.putIfAbsent(rewrite.phrase(), term.getAsInt());
            }
        }
        String model = embedder.model() + "\n";
        List<String> missing = ordinalOfPhrase.keySet().stream().filter(p -> !VECTORS.containsKey(model + p)).toList();
        for (int from = 0; from < missing.size(); from += 64) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + 64));
            List<float[]> vectors = embedder.embedAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                VECTORS.put(model + batch.get(i), vectors.get(i));
            }
        }
        List<float[]> vectors = new ArrayList<>(ordinalOfPhrase.size());
        int[] ordinals = new int[ordinalOfPhrase.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : ordinalOfPhrase.entrySet()) {
            vectors.add(VECTORS.get(model + e.getKey()));
            ordinals[i++] = e.getValue();
        }
        return index.withAnchors(vectors, ordinals);
    }
}
