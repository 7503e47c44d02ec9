package org.pvcoder.meddra.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.security.Roles;
import org.pvcoder.meddra.MeddraReleaseService;
import org.pvcoder.meddra.api.LoadReport;
import org.pvcoder.meddra.api.ReleaseSummary;

import java.io.File;
import java.util.List;

/** Loading and activating MedDRA releases (admin); listing them (everyone). */
@Path("/api/meddra/releases")
@Produces(MediaType.APPLICATION_JSON)
public class MeddraReleaseResource {

    static final String ZIP = "application/zip";

    @Inject
    MeddraReleaseService releases;

    @POST
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.ADMIN)
    public Response upload(@NotNull File zip) {
        return created(releases.load(zip.toPath()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response loadFromServer(@Valid @NotNull LoadRequest request) {
        return created(releases.load(java.nio.file.Path.of(request.path())));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public List<ReleaseSummary> list() {
        return releases.list();
    }

    @GET
    @Path("{version}")
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public ReleaseSummary get(@PathParam("version") String version) {
        return releases.list().stream().filter(r -> r.version().equals(version))
                .min((a, b) -> Boolean.compare(b.active(), a.active()))
                .orElseThrow(() -> ProblemException.notFound("MedDRA release", version));
    }

    @PUT
    @Path("{version}/active")
    @RolesAllowed(Roles.ADMIN)
    public ReleaseSummary activate(@PathParam("version") String version) {
        return releases.activate(version);
    }

    @DELETE
    @Path("{version}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("version") String version) {
        releases.delete(version);
        return Response.noContent().build();
    }

    private static Response created(LoadReport report) {
        return Response.created(UriBuilder.fromPath("/api/meddra/releases/{version}").build(report.version()))
                .entity(report).build();
    }
}
