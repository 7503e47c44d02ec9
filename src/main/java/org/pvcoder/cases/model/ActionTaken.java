package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) G.k.8: Action taken with drug. */
public enum ActionTaken implements CodedValue {
    DRUG_WITHDRAWN("1"),
    DOSE_REDUCED("2"),
    DOSE_INCREASED("3"),
    DOSE_NOT_CHANGED("4"),
    UNKNOWN("0"),
    NOT_APPLICABLE("9");

    private final String code;

    ActionTaken(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
