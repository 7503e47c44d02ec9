package org.pvcoder.coding;

/**
 * Who worded the verbatims, when the caller knows: a health professional's wording and a consumer's differ in how
 * often an apparently clear match is the right code (a consumer's "dependence" or "lymphoma" is often something
 * else), so the confidence model weighs the two apart. UNSPECIFIED is estimated over both.
 */
public enum Reporter {
    UNSPECIFIED,
    HEALTH_PROFESSIONAL,
    CONSUMER
}
