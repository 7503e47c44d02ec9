package org.pvcoder.web;

import org.pvcoder.meddra.api.TermRef;

import java.util.List;

/** What the pages show, already formatted: templates only place values. */
final class UiRows {

    private UiRows() {
    }

    record Figures(long openTasks, String medianAge, long decisionsLastDay, String autoCodedLastDay, String agreement) {
    }

    record TaskRow(long id, String verbatim, String topCandidate, String topScore, Long caseId, boolean serious,
                   String status, String assignee, String age, boolean selectable) {
    }

    record CandidateRow(int key, String code, String name, String score, List<TermRef> path) {
    }

    record ItemRow(String kind, String verbatim, String lltCode, String lltName, String ptName, String status,
                   String stage, String confidence, String icd10) {
    }

    record SearchHit(String code, String name, String ptName) {
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    static String decimal(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
