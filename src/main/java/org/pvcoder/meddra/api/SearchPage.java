package org.pvcoder.meddra.api;

import java.util.List;

/** One page of a name search: exact matches first, then names starting with the query, then names holding all its words. */
public record SearchPage(String version, String query, int page, int size, long total, List<Hit> hits) {

    /** {@code ptCode}/{@code ptName}: the PT an LLT belongs to, or the PT itself; null above the PT level. */
    public record Hit(String level, String code, String name, boolean current, String match, String ptCode,
                      String ptName) {
    }
}
