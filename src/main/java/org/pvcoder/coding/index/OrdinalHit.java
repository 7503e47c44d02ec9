package org.pvcoder.coding.index;

/** A search hit: the ordinal of a term or memory entry and its raw Lucene score. */
public record OrdinalHit(int ordinal, float score) {
}
