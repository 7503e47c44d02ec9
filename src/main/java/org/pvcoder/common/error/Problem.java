package org.pvcoder.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} and {@code title} are stable per kind of problem
 * (see {@link ProblemType}); {@code detail} is for people; {@code errors} lists offending fields.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: a JSON pointer (or file:line), what is wrong, and its E2B element when it has one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String pointer, String message, String element) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
    }
}
