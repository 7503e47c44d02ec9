package org.pvcoder.coding;

/** What happens to a coded verbatim next. */
public enum Decision {
    /** Confidence reached {@code pv.coding.auto-threshold}: the code goes on the case as is. */
    AUTO_CODED,
    /** A person picks from the candidates. */
    NEEDS_REVIEW,
    /** Nothing to code: blank, or no word with content. */
    NOT_CODABLE
}
