package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) D.5: Sex (ISO 5218). */
public enum Sex implements CodedValue {
    MALE("1"),
    FEMALE("2");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
