package org.pvcoder.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 3166-1 alpha-2 country code (E2B also allows EU). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = CountryValidator.class)
public @interface Country {
    String message() default "must be an ISO 3166-1 alpha-2 country code such as US, DE or EU";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
