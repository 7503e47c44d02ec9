package org.pvcoder.terminology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One stored release as the coding engine sees it: its terms and synonyms are read from the database on first
 * use, once (a release that is never coded against is never read).
 */
public final class StoredTerminology implements Terminology, TermSynonyms {

    private final String system;
    private final String version;
    private final Supplier<List<CodableTerm>> termLoader;
    private final Supplier<List<Map.Entry<String, String>>> synonymLoader;
    private volatile List<CodableTerm> terms;
    private volatile Map<String, List<String>> synonyms;

    /** {@code synonymLoader} gives (code, synonym) pairs. */
    public StoredTerminology(String system, String version, Supplier<List<CodableTerm>> termLoader,
                             Supplier<List<Map.Entry<String, String>>> synonymLoader) {
        this.system = system;
        this.version = version;
        this.termLoader = termLoader;
        this.synonymLoader = synonymLoader;
    }

    @Override
    public String system() {
        return system;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<CodableTerm> terms() {
        List<CodableTerm> loaded = terms;
        if (loaded == null) {
            loaded = List.copyOf(termLoader.get());
            terms = loaded;
        }
        return loaded;
    }

    @Override
    public Map<String, List<String>> synonyms() {
        Map<String, List<String>> loaded = synonyms;
        if (loaded == null) {
            Map<String, List<String>> byCode = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : synonymLoader.get()) {
                byCode.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
            }
            byCode.replaceAll((code, names) -> List.copyOf(names));
            loaded = Map.copyOf(byCode);
            synonyms = loaded;
        }
        return loaded;
    }
}
