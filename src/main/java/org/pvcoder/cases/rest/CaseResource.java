package org.pvcoder.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pvcoder.cases.CaseFilter;
import org.pvcoder.cases.CaseService;
import org.pvcoder.cases.CaseSummary;
import org.pvcoder.cases.CaseView;
import org.pvcoder.cases.Page;
import org.pvcoder.cases.audit.CaseHistory;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.ReportType;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.common.security.Roles;
import org.pvcoder.common.validation.PartialDates;

import java.util.List;

/** Cases over REST. Thin: the service owns the rules; versions travel as ETag / If-Match. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;
    private final CaseHistory history;

    public CaseResource(CaseService cases, CaseHistory history) {
        this.cases = cases;
        this.history = history;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE})
    @Operation(summary = "Create a case", description = "Body: the E2B-shaped case document; see docs/examples/case-minimal.json.")
    public Response create(CaseReport report, UriInfo uri) {
        CaseView created = cases.create(report);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public Response get(@PathParam("id") long id) {
        CaseView found = cases.get(id);
        return Response.ok(found).tag(etag(found)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE})
    @Operation(summary = "Follow up a case (new version)",
            description = "Send the version you edited in If-Match (the ETag of GET), e.g. If-Match: \"3\". A stale version answers 409.")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The case version this follow-up is based on") @HeaderParam("If-Match") String ifMatch,
                           CaseReport report) {
        CaseView updated = cases.update(id, expectedVersion(ifMatch), report);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") long id) {
        cases.delete(id);
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    @Operation(summary = "List cases, newest receipt first")
    public Page<CaseSummary> list(@QueryParam("reportType") ReportType reportType,
                                  @QueryParam("serious") Boolean serious,
                                  @Parameter(description = "Most recent receipt on or after (YYYY-MM-DD)") @QueryParam("receivedFrom") String from,
                                  @Parameter(description = "Most recent receipt on or before (YYYY-MM-DD)") @QueryParam("receivedTo") String to,
                                  @Parameter(description = "Text in reaction verbatims, drug or substance names") @QueryParam("q") String text,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "page must be ≥ 0 and size between 1 and 500");
        }
        return cases.list(new CaseFilter(reportType, serious, day("receivedFrom", from), day("receivedTo", to), text), page, size);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public List<CaseHistory.VersionInfo> versions(@PathParam("id") long id) {
        return history.versions(id);
    }

    @GET
    @Path("/{id}/versions/{n}")
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public CaseView version(@PathParam("id") long id, @PathParam("n") int version) {
        return history.version(id, version);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTAKE, Roles.CODER})
    public List<CaseHistory.AuditEntry> audit(@PathParam("id") long id) {
        return history.audit(id);
    }

    private static EntityTag etag(CaseView view) {
        return new EntityTag(String.valueOf(view.version()));
    }

    private static int expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the case version you edited in the If-Match header, e.g. If-Match: \"1\"");
        }
        try {
            return Integer.parseInt(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "If-Match must hold a case version such as \"1\"");
        }
    }

    private static String day(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}") || PartialDates.parse(value).isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, name + " must be a date YYYY-MM-DD",
                    List.of(new Problem.FieldError(name, "must be a date YYYY-MM-DD", null)));
        }
        return value;
    }
}
