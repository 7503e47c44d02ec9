package org.pvcoder.coding.engine;

import org.pvcoder.coding.index.TermIndexBuilder;
import org.pvcoder.coding.normalize.VerbatimNormalizer;
import org.pvcoder.coding.rank.ConfidenceModel;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.Terminology;

import java.util.ArrayList;
import java.util.List;

/** Builds engines that share one normalizer and one confidence model (both loaded from resources once). */
public final class EngineFactory {

    private final VerbatimNormalizer normalizer;
    private final ConfidenceModel confidence;
    private final double autoThreshold;
    /** Per-system auto-coding thresholds overriding {@link #autoThreshold}. */
    private volatile java.util.Map<String, Double> thresholds = java.util.Map.of();
    /** The auto-coding threshold for a consumer's wording; no higher than a system's own when not set. */
    private volatile double consumerThreshold = 0;
    /** Per-system normalizers (a system's own lexicon); empty when every system shares {@link #normalizer}. */
    private final java.util.function.Function<String, VerbatimNormalizer> perSystem;

    public EngineFactory(VerbatimNormalizer normalizer, ConfidenceModel confidence, double autoThreshold) {
        this(normalizer, confidence, autoThreshold, null);
    }

    private EngineFactory(VerbatimNormalizer normalizer, ConfidenceModel confidence, double autoThreshold,
                          java.util.function.Function<String, VerbatimNormalizer> perSystem) {
        this.normalizer = normalizer;
        this.confidence = confidence;
        this.autoThreshold = autoThreshold;
        this.perSystem = perSystem;
    }

    /** The project's English resources and the given auto-coding threshold. */
    public static EngineFactory standard(double autoThreshold) {
        VerbatimNormalizer english = VerbatimNormalizer.english();
        java.util.Map<String, VerbatimNormalizer> bySystem = new java.util.concurrent.ConcurrentHashMap<>();
        return new EngineFactory(english, ConfidenceModel.fromResource(), autoThreshold,
                system -> bySystem.computeIfAbsent(system, s -> {
                    VerbatimNormalizer own = VerbatimNormalizer.forSystem(s);
                    return own;
                }));
    }

    public CodingEngine build(Terminology terminology) {
        VerbatimNormalizer chosen = perSystem == null ? normalizer : perSystem.apply(terminology.system());
        List<String> names = new ArrayList<>(terminology.terms().size());
        for (CodableTerm term : terminology.terms()) {
            names.add(term.name());
        }
        return new CodingEngine(TermIndexBuilder.build(terminology), chosen.withVocabulary(VerbatimNormalizer.nameWords(names)), confidence,
                thresholds.getOrDefault(terminology.system(), autoThreshold), consumerThreshold);
    }

    /** This factory with per-system auto-coding thresholds (systems not named keep the common one). */
    public EngineFactory withSystemThresholds(java.util.Map<String, Double> bySystem) {
        this.thresholds = bySystem == null ? java.util.Map.of() : java.util.Map.copyOf(bySystem);
        return this;
    }

    /** This factory with a threshold for codings of a consumer's wording (a system's own applies if higher). */
    public EngineFactory withConsumerThreshold(double threshold) {
        this.consumerThreshold = threshold;
        return this;
    }

    public double autoThreshold() {
        return autoThreshold;
    }
}
