package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) G.k.9.i.4: Did reaction recur on re-administration?. */
public enum Recurrence implements CodedValue {
    RECHALLENGE_RECURRED("1"),
    RECHALLENGE_NOT_RECURRED("2"),
    RECHALLENGE_OUTCOME_UNKNOWN("3"),
    NO_RECHALLENGE("4");

    private final String code;

    Recurrence(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
