package org.pvcoder.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MeddraVersionValidator implements ConstraintValidator<MeddraVersion, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.matches("\\d{1,2}\\.\\d");
    }
}
