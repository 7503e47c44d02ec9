package org.pvcoder.common.code;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The ICH E2B(R3) data element a field holds, e.g. {@code @E2B("C.1.1")}. Recorded once here so that the
 * exporter, validation messages and documentation are driven from the model.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface E2B {
    String value();
}
