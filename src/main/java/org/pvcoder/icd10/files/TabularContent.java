package org.pvcoder.icd10.files;

import java.util.List;

/** What the ICD-10-CM tabular XML holds: chapters, sections (blocks), the code tree, and the notes of each code. */
public record TabularContent(String version, List<Chapter> chapters, List<Section> sections, List<Diag> diags,
                             List<XmlNote> notes) {

    /** {@code name}: "4"; {@code first}/{@code last}: the code range of the chapter, when its description gives one. */
    public record Chapter(String name, String title, String first, String last) {
    }

    /** {@code id}: "E08-E13". */
    public record Section(String id, String title, String chapter) {
    }

    /** A {@code diag} element: {@code key} is the code without its dot; {@code parentKey} null for a category. */
    public record Diag(int line, String key, String title, String parentKey, String section, String chapter) {
    }
}
