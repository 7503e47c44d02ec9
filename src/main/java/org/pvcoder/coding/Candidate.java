package org.pvcoder.coding;

/** One proposed term with the group it rolls up to and its ranking score in [0,1]. */
public record Candidate(TermRef llt, TermRef pt, double score) {
}
