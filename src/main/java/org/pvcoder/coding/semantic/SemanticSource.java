package org.pvcoder.coding.semantic;

import java.util.List;

/**
 * The semantic candidate source of one engine: embeds a verbatim's texts and finds the nearest terms of the
 * release (by name and by lexicon phrase, see {@link SemanticIndex#nearest}). Also says when it is worth asking
 * ({@link Settings#weakBelow}) and how its cosine is fused with the lexical ranking score. Immutable; thread-safe.
 */
public final class SemanticSource {

    /**
     * @param weakBelow  the semantic stage runs only when the best lexical score is below this (or there is none)
     * @param hits       semantic neighbours added to the lexical candidates
     * @param weight     share of the (rescaled) cosine in the fused ranking score; the ranker's score keeps the rest
     * @param cosineFloor cosine mapped to 0 when rescaling ({@code (cos - floor) / (1 - floor)}, clipped to [0,1])
     */
    public record Settings(double weakBelow, int hits, double weight, double cosineFloor) {

        /** Chosen on the aggregate figures of the MedDRA dev benchmark (docs/meddra.md, "Semantic candidates"). */
        public static final Settings DEFAULT = new Settings(
                Double.parseDouble(System.getProperty("pv.semantic.weak-below", "0.85")),
                Integer.getInteger("pv.semantic.hits", 10),
                Double.parseDouble(System.getProperty("pv.semantic.weight", "0.9")),
                Double.parseDouble(System.getProperty("pv.semantic.cosine-floor", "0.5")));
    }

    private final java.util.function.Function<String, float[]> embedder;
    private final SemanticIndex index;
    private final Settings settings;

    public SemanticSource(Embedder embedder, SemanticIndex index, Settings settings) {
        this(embedder::embed, index, settings);
    }

    /** With any text → unit vector function (benchmarks reuse the vectors of verbatims across settings). */
    public SemanticSource(java.util.function.Function<String, float[]> embedder, SemanticIndex index, Settings settings) {
        this.embedder = embedder;
        this.index = index;
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public SemanticIndex index() {
        return index;
    }

    /** Whether a lexical result with this best score is weak enough to ask the semantic source. */
    public boolean wanted(double bestLexicalScore) {
        return bestLexicalScore < settings.weakBelow();
    }

    /** The unit vector of a text. */
    public float[] embed(String text) {
        return embedder.apply(text);
    }

    /** The nearest terms to a unit query vector. */
    public List<SemanticIndex.Neighbour> nearest(float[] query) {
        return index.nearest(query, settings.hits());
    }

    /** The ranking score of a candidate from its lexical score and its cosine to the verbatim. */
    public double fuse(double lexicalScore, double cosine) {
        double c = Math.max(0, Math.min(1, (cosine - settings.cosineFloor()) / (1 - settings.cosineFloor())));
        return (1 - settings.weight()) * lexicalScore + settings.weight() * c;
    }
}
