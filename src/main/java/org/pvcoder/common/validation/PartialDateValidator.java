package org.pvcoder.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PartialDateValidator implements ConstraintValidator<PartialDate, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || PartialDates.parse(value).filter(d -> !d.isInFuture()).isPresent();
    }
}
