package org.pvcoder.cases.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Rules across sections: reaction ids are unique, and each drug–reaction assessment (G.k.9.i.1)
 * names a reaction of the case.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Constraint(validatedBy = ValidCaseReport.Validator.class)
public @interface ValidCaseReport {
    String message() default "inconsistent case";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCaseReport, CaseReport> {
        @Override
        public boolean isValid(CaseReport report, ConstraintValidatorContext context) {
            if (report.reactions() == null || report.drugs() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < report.reactions().size(); i++) {
                Reaction reaction = report.reactions().get(i);
                if (reaction != null && reaction.id() != null && !ids.add(reaction.id())) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("reaction id '" + reaction.id() + "' is used twice")
                            .addPropertyNode("reactions").addPropertyNode("id").inIterable().atIndex(i).addConstraintViolation();
                }
            }
            for (int k = 0; k < report.drugs().size(); k++) {
                Drug drug = report.drugs().get(k);
                if (drug == null) {
                    continue;
                }
                for (int i = 0; i < drug.reactionAssessments().size(); i++) {
                    DrugReaction cell = drug.reactionAssessments().get(i);
                    if (cell != null && cell.reactionId() != null && !ids.contains(cell.reactionId())) {
                        valid = false;
                        context.buildConstraintViolationWithTemplate("names no reaction of this case; known reaction ids: " + ids)
                                .addPropertyNode("drugs").addPropertyNode("reactionAssessments").inIterable().atIndex(k)
                                .addPropertyNode("reactionId").inIterable().atIndex(i).addConstraintViolation();
                    }
                }
            }
            return valid;
        }
    }
}
