package org.pvcoder.icd10.api;

import java.time.Instant;
import java.util.List;

/** A loaded release as listed by the API; {@code active}: the one of its edition that browsing and coding use. */
public record ReleaseSummary(String edition, String version, boolean active, Instant loadedAt, long loadMillis,
                             String source, List<String> files, LoadReport.Counts counts) {
}
