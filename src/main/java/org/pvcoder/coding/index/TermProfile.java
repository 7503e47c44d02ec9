package org.pvcoder.coding.index;

/** What the ranker compares a verbatim with: a name's literal form, its word stems and its character trigrams. */
public record TermProfile(String literal, String[] stems, long[] trigrams) {

    public static TermProfile of(String literal, String[] stems) {
        return new TermProfile(literal, stems, Trigrams.of(literal));
    }
}
