package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) G.k.1: Characterisation of drug role. */
public enum DrugRole implements CodedValue {
    SUSPECT("1"),
    CONCOMITANT("2"),
    INTERACTING("3"),
    DRUG_NOT_ADMINISTERED("4");

    private final String code;

    DrugRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
