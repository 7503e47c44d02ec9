package org.pvcoder.coding.rest;

import java.util.List;
import java.util.Optional;

/**
 * What a dictionary feature adds to each candidate in coding answers of its system: e.g. for ICD-10 whether the
 * code is billable and its path chapter → block → category → code. A CDI bean per system; systems without one
 * (MedDRA) answer as before.
 */
public interface CandidateDetails {

    String system();

    /** The details of one candidate code of the given release, if known. */
    Optional<Detail> detail(String version, String code);

    /** {@code level}: chapter, block, category or code. */
    record PathStep(String level, String code, String title) {
    }

    record Detail(String title, boolean billable, List<PathStep> path) {
    }
}
