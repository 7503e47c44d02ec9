package org.pvcoder.icd10.api;

import java.util.List;

/** What loading a release did: which release, from which files, how much of each kind, in how long. */
public record LoadReport(String edition, String version, String source, List<String> files, Counts counts, long millis) {

    public record Counts(int chapters, int blocks, int codes, int billable, int notes, int synonyms) {
    }
}
