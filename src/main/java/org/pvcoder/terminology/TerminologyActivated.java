package org.pvcoder.terminology;

/** CDI event fired (after commit) when a release becomes the active one of its system. */
public record TerminologyActivated(String system, String version) {
}
