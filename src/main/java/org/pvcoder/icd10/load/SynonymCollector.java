package org.pvcoder.icd10.load;

import org.pvcoder.icd10.SearchKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers the synonyms of each code once each: a name equal to the code's title or to an earlier synonym is dropped. */
final class SynonymCollector {

    /** Longer names are notes, not names a verbatim would match. */
    static final int MAX_LENGTH = 1000;

    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, Set<String>> seen = new HashMap<>();
    private final List<ParsedRelease.Synonym> synonyms = new ArrayList<>();

    SynonymCollector(List<ParsedRelease.Code> codes) {
        codes.forEach(c -> titles.put(c.code(), c.title()));
    }

    void add(String code, String name, String source) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return;
        }
        Set<String> known = seen.computeIfAbsent(code, k -> {
            Set<String> keys = new HashSet<>();
            keys.add(SearchKey.of(titles.getOrDefault(code, "")));
            return keys;
        });
        if (known.add(SearchKey.of(trimmed))) {
            synonyms.add(new ParsedRelease.Synonym(code, trimmed, source));
        }
    }

    List<ParsedRelease.Synonym> list() {
        return synonyms;
    }
}
