package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) D.2.2b: UCUM time unit (age, duration, interval). */
public enum TimeUnit implements CodedValue {
    DECADE("{decade}"),
    YEAR("a"),
    MONTH("mo"),
    WEEK("wk"),
    DAY("d"),
    HOUR("h"),
    MINUTE("min"),
    SECOND("s");

    private final String code;

    TimeUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
