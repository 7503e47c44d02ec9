package org.pvcoder.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A MedDRA version number: major.minor. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = MeddraVersionValidator.class)
public @interface MeddraVersion {
    String message() default "must be a MedDRA version such as 27.0 or 26.1";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
