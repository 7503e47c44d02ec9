package org.pvcoder.icd10.files;

/** One entry of the alphabetic index that leads to a code: the index path as one name, and the code without its dot. */
public record IndexEntry(int line, String name, String key) {
}
