package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) C.5.4: Study type where reactions were observed. */
public enum StudyType implements CodedValue {
    CLINICAL_TRIAL("1"),
    INDIVIDUAL_PATIENT_USE("2"),
    OTHER_STUDY("3");

    private final String code;

    StudyType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
