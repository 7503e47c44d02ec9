package org.pvcoder.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A coding task as the API answers it. */
public record TaskView(long id, String terminology, String version, String verbatim, String normalized, Long caseId,
                       Integer caseVersion, String itemRef, String itemKind, TaskContext context,
                       List<TaskCandidate> candidates, String status, String assignee, int priority, boolean serious,
                       LocalDate dueDate, String question, String answer, String decisionCode, String decisionReason,
                       String decidedBy, Instant decidedAt, Instant createdAt, Instant updatedAt) {
}
