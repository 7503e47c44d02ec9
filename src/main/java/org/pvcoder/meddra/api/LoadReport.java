package org.pvcoder.meddra.api;

import java.util.List;

/** What loading a release did: which release, how many terms per level, which files were absent and what that means. */
public record LoadReport(String version, String language, String source, Counts counts, List<AbsentFile> absentFiles,
                         long millis) {

    public record Counts(int soc, int hlgt, int hlt, int pt, int llt, int paths, int smq, int smqTerms) {
    }

    public record AbsentFile(String file, String meaning) {
    }
}
