package org.pvcoder.review;

/** What the task list can be narrowed by; every part optional. {@code text} searches the verbatim. */
public record TaskFilter(TaskStatus status, String assignee, Integer priority, Long caseId, String text, String terminology) {
}
