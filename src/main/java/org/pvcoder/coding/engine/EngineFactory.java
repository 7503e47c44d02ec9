package org.pvcoder.coding.engine;

import org.pvcoder.coding.index.TermIndexBuilder;
import org.pvcoder.coding.normalize.VerbatimNormalizer;
import org.pvcoder.coding.rank.ConfidenceModel;
import org.pvcoder.terminology.Terminology;

/** Builds engines that share one normalizer and one confidence model (both loaded from resources once). */
public final class EngineFactory {

    private final VerbatimNormalizer normalizer;
    private final ConfidenceModel confidence;
    private final double autoThreshold;

    public EngineFactory(VerbatimNormalizer normalizer, ConfidenceModel confidence, double autoThreshold) {
        this.normalizer = normalizer;
        this.confidence = confidence;
        this.autoThreshold = autoThreshold;
    }

    /** The project's English resources and the given auto-coding threshold. */
    public static EngineFactory standard(double autoThreshold) {
        return new EngineFactory(VerbatimNormalizer.english(), ConfidenceModel.fromResource(), autoThreshold);
    }

    public CodingEngine build(Terminology terminology) {
        return new CodingEngine(TermIndexBuilder.build(terminology), normalizer, confidence, autoThreshold);
    }

    public double autoThreshold() {
        return autoThreshold;
    }
}
