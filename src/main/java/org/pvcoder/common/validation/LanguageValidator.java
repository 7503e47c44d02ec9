package org.pvcoder.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

public class LanguageValidator implements ConstraintValidator<Language, String> {

    private static final Set<String> CODES = new HashSet<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            CODES.add(two);
            CODES.add(Locale.forLanguageTag(two).getISO3Language());
        }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value.toLowerCase(Locale.ROOT));
    }
}
