package org.pvcoder.terminology;

import java.util.List;

/** What the coding engine needs of a dictionary release: its identity and its codable terms. */
public interface Terminology {

    /** "meddra" or "icd10". */
    String system();

    /** The release version, e.g. "27.0" for MedDRA or "2025" for ICD-10-CM. */
    String version();

    /** Every codable term of the release, current and non-current. */
    List<CodableTerm> terms();
}
