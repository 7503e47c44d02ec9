package org.pvcoder.coding.rank;

import org.pvcoder.coding.index.TermProfile;
import org.pvcoder.coding.index.Trigrams;
import org.pvcoder.coding.normalize.WordStemmer;

import java.util.Set;

/**
 * Scores a candidate name against a search text: mostly how much of each side the other covers
 * (words weighted by rarity, so "hypokalaemia" counts more than "increased"), plus character
 * similarity for word order and forms. Weights were set on aggregate benchmark figures.
 */
public final class CandidateRanker {

    public CandidateRanker() {
    }

    static final double QUERY_COVERAGE_WEIGHT = 0.45;
    static final double TERM_COVERAGE_WEIGHT = 0.35;
    static final double SIMILARITY_WEIGHT = 0.20;
    /**
     * A verbatim names a finding, not the test that found it: "adenovirus" is an infection, not "Adenovirus test".
     * Names of tests and examinations are pushed down unless the verbatim itself speaks of a test.
     */
    static final double TEST_NAME_PENALTY = 0.10;
    private static final Set<String> TEST_STEMS = Set.of(
            WordStemmer.stem("test"), WordStemmer.stem("examination"), WordStemmer.stem("assay"));

    private static boolean namesATest(String[] stems) {
        for (String stem : stems) {
            if (TEST_STEMS.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    public MatchScore score(QueryText query, TermProfile term) {
        if (query.isEmpty() || term.stems().length == 0) {
            return MatchScore.NONE;
        }
        String[] termStems = term.stems();
        double[] termMatched = new double[termStems.length];
        double queryWeight = 0;
        double queryMatched = 0;
        for (int i = 0; i < query.stems().length; i++) {
            double best = 0;
            int bestJ = -1;
            Set<String> equivalents = WordEquivalents.of(query.stems()[i]);
            for (int j = 0; j < termStems.length && best < 1.0; j++) {
                double q = WordMatch.quality(query.stems()[i], termStems[j]);
                if (q < WordEquivalents.QUALITY && equivalents.contains(termStems[j])) {
                    q = WordEquivalents.QUALITY;
                }
                if (q > best) {
                    best = q;
                    bestJ = j;
                }
            }
            queryWeight += query.idf()[i];
            queryMatched += query.idf()[i] * best;
            if (bestJ >= 0) {
                termMatched[bestJ] = Math.max(termMatched[bestJ], best);
            }
        }
        double termWeight = 0;
        double termCovered = 0;
        for (int j = 0; j < termStems.length; j++) {
            float idf = term.idf()[j];
            termWeight += idf;
            termCovered += idf * termMatched[j];
        }
        double queryCoverage = queryMatched / queryWeight;
        double termCoverage = termCovered / termWeight;
        double similarity = Trigrams.dice(query.trigrams(), term.trigrams());
        double score = QUERY_COVERAGE_WEIGHT * queryCoverage + TERM_COVERAGE_WEIGHT * termCoverage
                + SIMILARITY_WEIGHT * similarity;
        if (namesATest(termStems) && !namesATest(query.stems())) {
            score -= TEST_NAME_PENALTY;
        }
        return new MatchScore(score, queryCoverage, termCoverage, similarity);
    }
}
