package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) D.2.3: Patient age group (as per reporter). */
public enum AgeGroup implements CodedValue {
    FOETUS("0"),
    NEONATE("1"),
    INFANT("2"),
    CHILD("3"),
    ADOLESCENT("4"),
    ADULT("5"),
    ELDERLY("6");

    private final String code;

    AgeGroup(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
