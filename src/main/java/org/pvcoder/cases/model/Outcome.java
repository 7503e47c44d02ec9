package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) E.i.7: Outcome of reaction at the time of last observation. */
public enum Outcome implements CodedValue {
    UNKNOWN("0"),
    RECOVERED("1"),
    RECOVERING("2"),
    NOT_RECOVERED("3"),
    RECOVERED_WITH_SEQUELAE("4"),
    FATAL("5");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
