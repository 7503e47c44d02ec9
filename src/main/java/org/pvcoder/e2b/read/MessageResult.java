package org.pvcoder.e2b.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pvcoder.e2b.validation.Finding;

import java.util.List;

/** What became of one message of an imported batch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageResult(int index, String messageId, String safetyReportId, String worldwideUniqueId,
                            Status status, Long caseId, List<Finding> findings) {

    public enum Status { CREATED, UPDATED, REJECTED }

    public boolean accepted() {
        return status != Status.REJECTED;
    }
}
