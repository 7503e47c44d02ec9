package org.pvcoder.e2b.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One result of checking a case or an E2B file: which rule, which E2B element, where (a JSON pointer into the
 * case, or a line in the file), what is wrong, and whether it stops the report from being sent or taken in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String ruleId, String elementNumber, String path, String message, boolean blocking) {

    public static Finding blocking(String ruleId, String elementNumber, String path, String message) {
        return new Finding(ruleId, elementNumber, path, message, true);
    }

    public static Finding warning(String ruleId, String elementNumber, String path, String message) {
        return new Finding(ruleId, elementNumber, path, message, false);
    }
}
