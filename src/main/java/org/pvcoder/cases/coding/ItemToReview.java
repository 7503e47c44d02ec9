package org.pvcoder.cases.coding;

import org.pvcoder.coding.CodingResult;

/** A case item the autocoder was not sure of: where it is and what the autocoder proposed. */
public record ItemToReview(String pointer, CodableItemRef.Kind kind, String verbatim, CodingResult result) {
}
