package org.pvcoder.icd10.files;

import java.util.Map;
import java.util.Optional;

/** The kinds of note kept per code, and the ICD-10-CM tabular elements and ClaML rubric kinds they come from. */
public final class NoteKind {

    public static final String INCLUSION = "inclusion";
    public static final String EXCLUDES1 = "excludes1";
    public static final String EXCLUDES2 = "excludes2";
    public static final String EXCLUSION = "exclusion";
    public static final String NOTE = "note";
    public static final String CODE_FIRST = "code_first";
    public static final String CODE_ALSO = "code_also";
    public static final String USE_ADDITIONAL_CODE = "use_additional_code";
    public static final String SEVENTH_CHARACTER = "seventh_character";

    private static final Map<String, String> TABULAR_ELEMENTS = Map.of(
            "inclusionTerm", INCLUSION,
            "includes", INCLUSION,
            "excludes1", EXCLUDES1,
            "excludes2", EXCLUDES2,
            "notes", NOTE,
            "codeFirst", CODE_FIRST,
            "codeAlso", CODE_ALSO,
            "useAdditionalCode", USE_ADDITIONAL_CODE,
            "sevenChrNote", SEVENTH_CHARACTER);

    private static final Map<String, String> CLAML_RUBRICS = Map.of(
            "inclusion", INCLUSION,
            "exclusion", EXCLUSION,
            "note", NOTE,
            "text", NOTE,
            "coding-hint", NOTE,
            "definition", NOTE);

    private NoteKind() {
    }

    public static Optional<String> ofTabularElement(String element) {
        return Optional.ofNullable(TABULAR_ELEMENTS.get(element));
    }

    public static Optional<String> ofClamlRubric(String rubricKind) {
        return Optional.ofNullable(CLAML_RUBRICS.get(rubricKind));
    }
}
