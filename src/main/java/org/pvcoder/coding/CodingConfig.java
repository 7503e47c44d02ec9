package org.pvcoder.coding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the coding engine ({@code pv.coding.*}). */
@ConfigMapping(prefix = "pv.coding")
public interface CodingConfig {

    /** Confidence from which a coding is AUTO_CODED instead of NEEDS_REVIEW. */
    @WithDefault("0.95")
    double autoThreshold();

    /**
     * Per-system overrides of {@link #autoThreshold()} ({@code pv.coding.system-auto-threshold.icd10=0.97}): the
     * confidence model is fitted on MedDRA data, so another terminology may need its own cut.
     */
    @io.smallrye.config.WithName("system-auto-threshold")
    java.util.Map<String, Double> systemAutoThreshold();

    /**
     * Confidence from which a coding of a consumer's wording is AUTO_CODED, when an organisation wants it higher
     * than {@link #autoThreshold()} (a system's own threshold applies if higher still). 0.99 lets only approved
     * synonyms autocode a consumer's words. Not set: the same threshold for every reporter.
     */
    java.util.Optional<Double> consumerAutoThreshold();

    /** Longest verbatim accepted, in characters. */
    @WithDefault("1000")
    int maxVerbatimLength();

    /** Most verbatims in one call. */
    @WithDefault("10000")
    int maxBatchSize();

    /** Semantic candidates (sentence embeddings of the names of a release; see docs/meddra.md). */
    Semantic semantic();

    interface Semantic {

        /** Compute name vectors of active releases in the background and use them for weak lexical results. */
        @WithDefault("true")
        boolean enabled();

        /** Names embedded and stored per batch (progress and resume points). */
        @WithDefault("64")
        int batchSize();

        /** Systems that get name vectors (e.g. {@code meddra}); every installed one when not set. */
        java.util.Optional<java.util.Set<String>> systems();
    }
}
