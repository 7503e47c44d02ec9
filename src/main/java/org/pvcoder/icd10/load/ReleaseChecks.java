package org.pvcoder.icd10.load;

import org.pvcoder.common.load.LoadProblems;


/** Limits of the storage that a release must fit, checked before anything is written. */
final class ReleaseChecks {

    static final int MAX_TITLE = 1000;
    static final int MAX_VERSION = 40;
    static final int MAX_SHORT_TITLE = 100;

    private ReleaseChecks() {
    }

    static void check(ParsedRelease release, LoadProblems problems) {
        if (release.version() == null || release.version().isBlank()) {
            problems.add(release.files().get(0), "the version cannot be told from the file; name it in the load request");
        } else if (release.version().length() > MAX_VERSION || !release.version().matches("[A-Za-z0-9._-]+")) {
            problems.add(release.files().get(0), "version '" + release.version() + "' must be at most " + MAX_VERSION
                    + " letters, digits, '.', '_' or '-'");
        }
        if (release.codes().isEmpty()) {
            problems.add(release.files().get(0), "holds no code");
        }
        for (ParsedRelease.Code code : release.codes()) {
            if (code.title().length() > MAX_TITLE) {
                problems.add(release.files().get(0), "the title of " + code.code() + " is longer than " + MAX_TITLE + " characters");
            }
            if (code.shortTitle() != null && code.shortTitle().length() > MAX_SHORT_TITLE) {
                problems.add(release.files().get(0), "the short title of " + code.code() + " is longer than " + MAX_SHORT_TITLE);
            }
        }
        for (ParsedRelease.Chapter chapter : release.chapters()) {
            if (chapter.code().length() > 10 || chapter.title().length() > MAX_TITLE) {
                problems.add(release.files().get(0), "chapter " + chapter.code() + " has too long a code or title");
            }
        }
        for (ParsedRelease.Block block : release.blocks()) {
            if (block.code().length() > 20 || block.title().length() > MAX_TITLE) {
                problems.add(release.files().get(0), "block " + block.code() + " has too long a code or title");
            }
        }
    }
}
