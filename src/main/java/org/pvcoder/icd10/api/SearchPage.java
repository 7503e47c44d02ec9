package org.pvcoder.icd10.api;

import java.util.List;

/**
 * One page of a search: codes whose code, title or a synonym matches; exact matches first, then prefixes, then
 * matches of all the words; within each, billable codes first, in tabular order.
 */
public record SearchPage(String edition, String version, String query, int page, int size, long total, List<Hit> hits) {

    /** {@code match}: code, exact, prefix or words; {@code matchedName}: the synonym that matched, when not the title. */
    public record Hit(String code, String title, boolean billable, String category, String match, String matchedName) {
    }
}
