package org.pvcoder.coding;

/** The pipeline stage that settled a verbatim, first to last. */
public enum MatchStage {
    /** A verbatim someone approved before, same normalized words. */
    MEMORY,
    /** Equal to a current term name (case, accents, punctuation and spelling folded). */
    EXACT,
    /** Equal to a non-current term name: coded to the current term of the same group (PT). */
    EXACT_NON_CURRENT,
    /** Equal to a current term name once fillers are dropped and abbreviations and lay terms rewritten. */
    NORMALIZED_EXACT,
    /** Same set of word stems as a current term name, in another order ("increased blood pressure"). */
    WORD_SET,
    /** Ranked search candidates over term names and approved verbatims. */
    SEARCH,
    /** Nothing to search for. */
    NONE
}
