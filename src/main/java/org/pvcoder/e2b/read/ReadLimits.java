package org.pvcoder.e2b.read;

/** Bounds on what one upload may make the reader hold or walk. */
public record ReadLimits(long maxBytes, int maxDepth, int maxElementsPerMessage, int maxTextLength) {

    /** 50 MB, 64 levels (E2B needs about 25), 200,000 elements per message, 200,000 characters per text. */
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 64, 200_000, 200_000);
}
