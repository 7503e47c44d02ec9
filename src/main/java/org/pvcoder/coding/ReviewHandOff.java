package org.pvcoder.coding;

/** Hands a verbatim the autocoder was not sure of to the people who decide (the review queue implements it). */
public interface ReviewHandOff {

    /** Opens a coding task for the result and answers its id. */
    long openTask(CodingResult result);
}
