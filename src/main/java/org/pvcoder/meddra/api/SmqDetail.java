package org.pvcoder.meddra.api;

import java.util.List;

/** An SMQ with its terms (narrow scope first) and its sub-SMQs. */
public record SmqDetail(String version, String code, String name, int level, String description, String source,
                        String note, String algorithm, String status, List<Term> terms,
                        List<SmqList.SmqSummary> subSmqs) {

    /** scope: "narrow", "broad" or "n/a"; status: "active" or "inactive". */
    public record Term(String level, String code, String name, String scope, String category, Integer weight,
                       String status) {
    }
}
