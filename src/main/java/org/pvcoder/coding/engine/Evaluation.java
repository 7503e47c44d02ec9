package org.pvcoder.coding.engine;

import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.rank.ConfidenceFeatures;

/** A coding result with the features its confidence was computed from (for calibration and benchmarks). */
public record Evaluation(CodingResult result, ConfidenceFeatures features) {
}
