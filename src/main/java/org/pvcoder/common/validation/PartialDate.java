package org.pvcoder.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date kept at the precision it was reported with (year, month, day, minute or second, optionally with a UTC offset), never in the future. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = PartialDateValidator.class)
public @interface PartialDate {
    String message() default "must be a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][±hh[:mm]], and not in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
