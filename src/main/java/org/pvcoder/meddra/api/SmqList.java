package org.pvcoder.meddra.api;

import java.util.List;

/** The Standardised MedDRA Queries of a release. */
public record SmqList(String version, List<SmqSummary> smqs) {

    public record SmqSummary(String code, String name, int level, String status) {
    }
}
