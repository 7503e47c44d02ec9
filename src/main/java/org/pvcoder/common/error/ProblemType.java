package org.pvcoder.common.error;

import java.net.URI;

/** The stable kinds of problem the API answers with; clients may switch on {@code type}. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    VALIDATION_FAILED(400, "Validation failed"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    STALE_VERSION(409, "Stale version"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable content"),
    INTERNAL(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("https://pvcoder.org/problems/" + name().toLowerCase().replace('_', '-'));
    }
}
