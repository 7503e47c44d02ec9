package org.pvcoder.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MeddraVersionValidator implements ConstraintValidator<MeddraVersion, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        // "27.1" is the ICH form; a bare major version ("15") occurs in real messages and is kept as sent.
        return value == null || value.matches("\\d{1,2}(\\.\\d)?");
    }
}
