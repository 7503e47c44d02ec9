package org.pvcoder.icd10.files;

/** One line of the ICD-10-CM order file; {@code key} is the code without its dot. */
public record OrderRow(int line, int order, String key, boolean billable, String shortTitle, String longTitle) {
}
