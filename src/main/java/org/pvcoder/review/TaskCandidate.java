package org.pvcoder.review;

/** A ranked candidate shown to the coder: the term, the group it rolls up to (PT), its score. */
public record TaskCandidate(String code, String name, String groupCode, String groupName, double score) {
}
