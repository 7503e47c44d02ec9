package org.pvcoder.coding.rank;

/**
 * How well a verbatim and a name match.
 *
 * @param score         the ranking score in [0,1]
 * @param queryCoverage IDF-weighted share of the verbatim's words found in the name
 * @param termCoverage  IDF-weighted share of the name's words found in the verbatim
 * @param similarity    character-trigram Dice coefficient of the two texts
 */
public record MatchScore(double score, double queryCoverage, double termCoverage, double similarity) {

    public static final MatchScore NONE = new MatchScore(0, 0, 0, 0);
}
