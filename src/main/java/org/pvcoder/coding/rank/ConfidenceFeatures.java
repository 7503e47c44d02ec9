package org.pvcoder.coding.rank;

import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.Reporter;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the confidence of a coding is estimated from: the stage, the best candidate's match and its lead
 * over the best candidate of another group (PT), whether the semantic stage took part (its fused scores are on
 * another scale than lexical ones, so they get their own weights), a few properties of the verbatim, and who
 * worded it, when known.
 */
public record ConfidenceFeatures(MatchStage stage, double score, double margin, double queryCoverage,
                                 double termCoverage, boolean fromMemory, boolean lexiconUsed,
                                 boolean severalEvents, int words, boolean semantic, Reporter reporter) {

    /** The stage indicator names, made once rather than for every coding. */
    private static final Map<MatchStage, String> STAGE_NAMES = stageNames();

    /** Named feature values, as the calibration file names its weights. */
    public Map<String, Double> values() {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Map.Entry<MatchStage, String> s : STAGE_NAMES.entrySet()) {
            v.put(s.getValue(), stage == s.getKey() ? 1.0 : 0.0);
        }
        boolean searched = stage == MatchStage.SEARCH;
        v.put("search.score", searched ? score : 0);
        v.put("search.margin", searched ? margin : 0);
        v.put("search.queryCoverage", searched ? queryCoverage : 0);
        v.put("search.termCoverage", searched ? termCoverage : 0);
        v.put("search.fromMemory", searched && fromMemory ? 1.0 : 0.0);
        boolean fused = searched && semantic;
        v.put("search.semantic", fused ? 1.0 : 0.0);
        v.put("search.semantic.score", fused ? score : 0);
        v.put("search.semantic.margin", fused ? margin : 0);
        v.put("lexiconUsed", lexiconUsed ? 1.0 : 0.0);
        v.put("severalEvents", severalEvents ? 1.0 : 0.0);
        v.put("logWords", Math.log1p(words));
        v.put("reporter.consumer", reporter == Reporter.CONSUMER ? 1.0 : 0.0);
        v.put("reporter.healthProfessional", reporter == Reporter.HEALTH_PROFESSIONAL ? 1.0 : 0.0);
        return v;
    }

    /** The same features for another reporter. */
    public ConfidenceFeatures withReporter(Reporter other) {
        return new ConfidenceFeatures(stage, score, margin, queryCoverage, termCoverage, fromMemory, lexiconUsed,
                severalEvents, words, semantic, other);
    }

    private static Map<MatchStage, String> stageNames() {
        Map<MatchStage, String> names = new EnumMap<>(MatchStage.class);
        for (MatchStage s : MatchStage.values()) {
            if (s != MatchStage.SEARCH && s != MatchStage.NONE) {
                names.put(s, "stage." + s.name());
            }
        }
        return names;
    }
}
