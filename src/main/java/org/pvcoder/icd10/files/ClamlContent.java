package org.pvcoder.icd10.files;

import java.util.List;
import java.util.Map;

/**
 * What a ClaML file (ISO 13120) holds, as written: its classes (chapters, blocks, categories), and the modifiers
 * that some categories are {@code ModifiedBy} (to be expanded into codes by the loader).
 *
 * @param modifiers       each modifier's classes in order, e.g. "S04E10_4" → [.0, .1, …, .9]
 */
public record ClamlContent(String title, String version, List<ClamlClass> classes,
                           Map<String, List<ModifierClass>> modifiers) {

    /** A {@code Class}: {@code kind} is chapter, block or category; {@code notes} carry no code yet. */
    public record ClamlClass(int line, String code, String kind, String superCode, List<String> subCodes, String title,
                             List<XmlNote> notes, List<ModifiedBy> modifiedBy, List<String> excludedModifiers) {
    }

    /** {@code all} false: only the {@code validClasses} of the modifier apply. */
    public record ModifiedBy(String modifier, boolean all, List<String> validClasses) {
    }

    /** A {@code ModifierClass}: {@code code} such as ".0" or "0", appended to the code it modifies. */
    public record ModifierClass(String modifier, String code, String title, List<XmlNote> notes) {
    }
}
