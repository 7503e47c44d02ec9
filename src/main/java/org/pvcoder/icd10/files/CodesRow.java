package org.pvcoder.icd10.files;

/** One line of the ICD-10-CM codes file: a billable code without its dot and its long description. */
public record CodesRow(int line, String key, String title) {
}
