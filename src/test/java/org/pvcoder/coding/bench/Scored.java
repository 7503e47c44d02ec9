package org.pvcoder.coding.bench;

import org.pvcoder.coding.Candidate;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.Decision;
import org.pvcoder.coding.engine.Evaluation;

/** One benchmark item as coded, with what is right about it. */
public record Scored(GoldItem gold, Evaluation evaluation) {

    public CodingResult result() {
        return evaluation.result();
    }

    public boolean top1Pt() {
        return result().pt() != null && gold.ptCodes().contains(result().pt().code());
    }

    public boolean top1Llt() {
        return result().llt() != null && gold.lltCodes().contains(result().llt().code());
    }

    public boolean topKPt(int k) {
        int n = Math.min(k, result().candidates().size());
        for (int i = 0; i < n; i++) {
            Candidate c = result().candidates().get(i);
            if (gold.ptCodes().contains(c.pt().code())) {
                return true;
            }
        }
        return false;
    }

    public boolean autoCoded() {
        return result().decision() == Decision.AUTO_CODED;
    }
}
