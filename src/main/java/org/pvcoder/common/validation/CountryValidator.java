package org.pvcoder.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Locale;
import java.util.Set;

public class CountryValidator implements ConstraintValidator<Country, String> {

    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.equals("EU") || CODES.contains(value);
    }
}
