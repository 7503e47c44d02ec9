package org.pvcoder.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps every failure to RFC 9457 problem+json. Nothing here exposes a class name or stack trace:
 * unexpected exceptions are logged and answered with a generic 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = ViolationErrors.of(e.getConstraintViolations());
        String detail = errors.stream().map(err -> err.pointer() + ": " + err.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(ProblemType.VALIDATION_FAILED, detail, errors));
    }

    @ServerExceptionMapper({InvalidFormatException.class, MismatchedInputException.class})
    public Response invalidValue(JsonMappingException e) {
        String pointer = JsonPointers.of(e.getPath());
        String message;
        if (e instanceof InvalidFormatException ife) {
            message = "value '" + ife.getValue() + "' is not allowed here" + AllowedValues.describe(ife.getTargetType());
        } else if (e instanceof UnrecognizedPropertyException upe) {
            message = "is not a known field here; known fields: " + upe.getKnownPropertyIds();
        } else {
            message = "value has the wrong type or shape";
        }
        return respond(Problem.of(ProblemType.VALIDATION_FAILED, pointer + ": " + message,
                List.of(new Problem.FieldError(pointer, message, null))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON" + where));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(respond(Problem.of(ProblemType.UNAUTHORIZED, "Log in with a user name and password")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"pv-coder\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your roles do not allow this action"));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e) {
        return respond(Problem.of(ProblemType.STALE_VERSION,
                "Someone else changed this record first; reload it and apply your change again"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // The JSON reader reports a broken body as a 400 whose cause says where it broke.
        if (e.getCause() instanceof JsonMappingException mapping && e.getCause().getClass() != JsonMappingException.class) {
            return invalidValue(mapping);
        }
        if (e.getCause() instanceof JsonProcessingException parse) {
            return malformedJson(parse);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 409 -> ProblemType.CONFLICT;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
        };
        String detail = status < 500 && e.getMessage() != null ? e.getMessage() : type.title();
        return respond(new Problem(type.uri(), type.title(), status, detail, null, List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return stale((RuntimeException) cause);
            }
            if (cause instanceof ProblemException pe) {
                return problem(pe);
            }
            cause = cause.getCause();
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(ProblemType.INTERNAL, "The server could not complete the request; it has been logged"));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
