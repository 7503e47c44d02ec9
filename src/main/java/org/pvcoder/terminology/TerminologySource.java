package org.pvcoder.terminology;

import java.util.Optional;

/**
 * Hands the coding engine the releases a dictionary feature holds (MedDRA, ICD-10).
 * Each dictionary feature provides one CDI bean implementing this.
 */
public interface TerminologySource {

    /** "meddra" or "icd10". */
    String system();

    /** The release that new coding uses, if one is active. */
    Optional<Terminology> active();

    /** A given loaded release, active or not. */
    Optional<Terminology> version(String version);
}
