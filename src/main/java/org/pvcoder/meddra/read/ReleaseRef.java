package org.pvcoder.meddra.read;

/** Which stored release a question is about. */
public record ReleaseRef(long id, String version, String language) {
}
