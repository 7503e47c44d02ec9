package org.pvcoder.icd10.files;

import java.util.ArrayList;
import java.util.List;

/** Mutable holders the ClaML reader fills while it walks an element, turned into records once complete. */
final class ContentBuilder {

    private ContentBuilder() {
    }

    static final class Class {

        final int line;
        final String code;
        final String kind;
        String superCode;
        final List<String> subCodes = new ArrayList<>();
        String title;
        List<XmlNote> notes = List.of();
        final List<ClamlContent.ModifiedBy> modifiedBy = new ArrayList<>();
        final List<String> excludedModifiers = new ArrayList<>();

        Class(int line, String code, String kind) {
            this.line = line;
            this.code = code;
            this.kind = kind;
        }

        ClamlContent.ClamlClass build() {
            return new ClamlContent.ClamlClass(line, code, kind, superCode, List.copyOf(subCodes), title, List.copyOf(notes),
                    List.copyOf(modifiedBy), List.copyOf(excludedModifiers));
        }
    }
}
