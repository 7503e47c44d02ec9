package org.pvcoder.terminology;

import java.util.List;
import java.util.Map;

/**
 * Extra names of the terms of a {@link Terminology}, for search indexing: a dictionary whose release carries
 * more names per code than its title (ICD-10 inclusion terms, alphabetic index entries) implements this
 * beside {@link Terminology}. The coding engine may index them as further names of the code.
 */
public interface TermSynonyms {

    /** For each code that has any, its extra names (never its own title). */
    Map<String, List<String>> synonyms();
}
