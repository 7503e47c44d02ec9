package org.pvcoder.e2b.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.code.E2B;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything a case must pass before it is sent or taken in: the model's own constraints, then the ICH business rules. */
@ApplicationScoped
public class CaseChecks {

    private final Validator validator;
    private final BusinessRules rules;

    public CaseChecks(Validator validator, BusinessRules rules) {
        this.validator = validator;
        this.rules = rules;
    }

    public List<Finding> check(CaseReport report) {
        List<Finding> findings = new ArrayList<>();
        validator.validate(report).stream()
                .map(CaseChecks::finding)
                .sorted(Comparator.comparing(Finding::path))
                .forEach(findings::add);
        findings.addAll(rules.check(report));
        return findings;
    }

    private static Finding finding(ConstraintViolation<CaseReport> violation) {
        return Finding.blocking("MODEL", element(violation), pointer(violation.getPropertyPath()), violation.getMessage());
    }

    private static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<") && node.getKind() != ElementKind.BEAN) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static String element(ConstraintViolation<?> violation) {
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
            }
        }
        Object bean = violation.getLeafBean();
        if (property == null || bean == null) {
            return null;
        }
        try {
            E2B e2b = bean.getClass().getDeclaredField(property).getAnnotation(E2B.class);
            return e2b == null ? null : e2b.value();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
