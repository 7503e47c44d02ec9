package org.pvcoder.coding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the coding engine ({@code pv.coding.*}). */
@ConfigMapping(prefix = "pv.coding")
public interface CodingConfig {

    /** Confidence from which a coding is AUTO_CODED instead of NEEDS_REVIEW. */
    @WithDefault("0.95")
    double autoThreshold();

    /** Longest verbatim accepted, in characters. */
    @WithDefault("1000")
    int maxVerbatimLength();

    /** Most verbatims in one call. */
    @WithDefault("10000")
    int maxBatchSize();
}
