package org.pvcoder.e2b.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.security.Roles;
import org.pvcoder.e2b.CaseLookup;
import org.pvcoder.e2b.export.E2bExportService;

import java.util.List;

/** One case as an E2B(R3) batch of one message. */
@Path("/api/cases/{id}/e2b")
public class CaseE2bResource {

    private final CaseLookup cases;
    private final E2bExportService exporter;

    public CaseE2bResource(CaseLookup cases, E2bExportService exporter) {
        this.cases = cases;
        this.exporter = exporter;
    }

    @GET
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.REVIEWER})
    public Response export(@PathParam("id") long id) {
        var report = cases.find(id).orElseThrow(() -> ProblemException.notFound("Case", id));
        return E2bResponses.download(exporter.export(List.of(report).iterator()));
    }
}
