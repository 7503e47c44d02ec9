package org.pvcoder.cases.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Cross-field rules of section D: an age needs its unit (D.2.2a needs D.2.2b). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Constraint(validatedBy = ValidPatient.Validator.class)
public @interface ValidPatient {
    String message() default "an age (D.2.2a) needs its unit (D.2.2b)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPatient, Patient> {
        @Override
        public boolean isValid(Patient patient, ConstraintValidatorContext context) {
            if (patient == null || patient.age() == null || patient.ageUnit() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is required when age is given; allowed: YEAR, MONTH, WEEK, DAY, HOUR, DECADE")
                    .addPropertyNode("ageUnit").addConstraintViolation();
            return false;
        }
    }
}
