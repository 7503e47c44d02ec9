package org.pvcoder.icd10.read;

/** A stored release: its row id, edition and version. */
public record ReleaseRef(long id, String edition, String version) {
}
