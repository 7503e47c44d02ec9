package org.pvcoder.coding.semantic;

/**
 * Where the name vectors of a system's active release stand.
 *
 * @param state DISABLED (pv.coding.semantic.enabled=false), NO_RELEASE, PENDING, RUNNING, COMPLETE or FAILED
 */
public record VectorProgress(String system, String version, String model, int done, int total, String state,
                             String error) {

    static VectorProgress of(String system, String version, int done, int total, String state) {
        return new VectorProgress(system, version, Embedder.MODEL, done, total, state, null);
    }
}
