package org.pvcoder.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.pvcoder.cases.model.CaseReport;

import java.time.Instant;

/** A case as the API answers it: identity, version and the E2B-shaped document. */
public record CaseView(long id, int version, Instant createdAt, Instant updatedAt,
                       @JsonProperty("case") CaseReport content) {
}
