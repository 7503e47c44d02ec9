package org.pvcoder.coding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.pvcoder.coding.CodingService;
import org.pvcoder.coding.Decision;
import org.pvcoder.coding.Reporter;
import org.pvcoder.coding.ReviewHandOff;
import org.pvcoder.common.error.AllowedValues;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.common.security.Roles;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

/** Batch coding: verbatims as JSON, or a CSV line listing answered with the coding columns appended. */
@Path("/api/coding/{system}")
@RolesAllowed({Roles.CODER, Roles.REVIEWER, Roles.INTAKE, Roles.ADMIN})
public class CodingResource {

    @Inject
    CodingService coding;

    @Inject
    ReviewHandOff review;

    @Inject
    jakarta.enterprise.inject.Instance<CandidateDetails> candidateDetails;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CodingResponse code(@PathParam("system") String system, CodingRequest request) {
        if (request == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "/verbatims: is required",
                    List.of(new Problem.FieldError("/verbatims", "is required: a list of verbatims", null)));
        }
        CodingService.CodingBatch batch = coding.code(system, request.version(), request.verbatims(), request.reporter());
        List<Long> taskIds = Boolean.TRUE.equals(request.createTasks())
                ? batch.results().stream().map(r -> r.decision() == Decision.NEEDS_REVIEW ? review.openTask(r) : null).toList()
                : null;
        CandidateDetails details = candidateDetails.stream().filter(d -> d.system().equals(batch.system()))
                .findFirst().orElse(null);
        return CodingResponse.of(batch.system(), batch.version(), batch.results(), taskIds, details);
    }

    @POST
    @Consumes("text/csv")
    @Produces("text/csv")
    public String codeLineListing(@PathParam("system") String system,
                                  @QueryParam("column") @DefaultValue("verbatim") String column,
                                  @QueryParam("version") String version,
                                  @QueryParam("reporter") String reporter, String body) {
        LineListingCsv.Listing listing = LineListingCsv.read(new StringReader(body == null ? "" : body), column);
        CodingService.CodingBatch batch = coding.code(system, version, listing.verbatims(), reporter(reporter));
        return LineListingCsv.write(listing, batch.results());
    }

    /** The {@code reporter} query parameter: absent, or one of the {@link Reporter} names (any case). */
    private static Reporter reporter(String value) {
        if (value == null || value.isBlank()) {
            return Reporter.UNSPECIFIED;
        }
        try {
            return Reporter.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String message = "value '" + value + "' is not allowed here" + AllowedValues.describe(Reporter.class);
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "reporter: " + message,
                    List.of(new Problem.FieldError("reporter", message, null)));
        }
    }
}
