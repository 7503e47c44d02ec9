package org.pvcoder.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 639-1 or 639-2 language code. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = LanguageValidator.class)
public @interface Language {
    String message() default "must be an ISO 639 language code such as en, eng, de or deu";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
