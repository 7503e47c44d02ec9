package org.pvcoder.icd10.api;

import java.util.List;

/**
 * One code as browsing shows it. {@code path}: chapter → block → category → … → the code itself;
 * {@code children}: the codes one level down; {@code synonyms}: inclusion terms and index entries.
 */
public record CodeDetail(String edition, String version, String code, String title, String shortTitle, boolean billable,
                         CodeRef category, List<PathStep> path, List<CodeRef> children, List<Note> notes,
                         List<String> synonyms) {

    /** {@code level}: chapter, block, category or code. */
    public record PathStep(String level, String code, String title) {
    }

    public record CodeRef(String code, String title, boolean billable) {
    }

    /** {@code kind}: inclusion, excludes1, excludes2, exclusion, note, code_first, code_also, use_additional_code, seventh_character. */
    public record Note(String kind, String text) {
    }
}
