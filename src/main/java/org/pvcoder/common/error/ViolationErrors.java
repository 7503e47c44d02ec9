package org.pvcoder.common.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.pvcoder.common.code.E2B;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns Bean Validation violations into field errors: a JSON pointer, the message and the E2B element. */
final class ViolationErrors {

    private ViolationErrors() {
    }

    static List<Problem.FieldError> of(Set<ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(pointer(v.getPropertyPath()), v.getMessage(), element(v)))
                .sorted(Comparator.comparing(Problem.FieldError::pointer))
                .toList();
    }

    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.isInIterable() && node.getKey() != null) {
                pointer.append('/').append(JsonPointers.escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<") && node.getKind() != ElementKind.BEAN) {
                pointer.append('/').append(JsonPointers.escape(name));
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    /** The E2B element number of the violated field, read from its {@link E2B} annotation. */
    static String element(ConstraintViolation<?> violation) {
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
