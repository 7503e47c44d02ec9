package org.pvcoder.common.error;

import org.pvcoder.common.code.CodedValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Describes what an enumerated field accepts, for error messages. */
public final class AllowedValues {

    private AllowedValues() {
    }

    public static String describe(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        return "; allowed: " + Arrays.stream(type.getEnumConstants())
                .map(c -> c instanceof CodedValue coded ? ((Enum<?>) c).name() + " (" + coded.code() + ")" : ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }
}
