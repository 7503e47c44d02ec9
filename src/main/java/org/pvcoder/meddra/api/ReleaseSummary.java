package org.pvcoder.meddra.api;

import java.time.Instant;
import java.util.List;

/** A loaded release as listed by the API. */
public record ReleaseSummary(String version, String language, boolean active, Instant loadedAt, long loadMillis,
                             String source, LoadReport.Counts counts, List<String> absentFiles) {
}
