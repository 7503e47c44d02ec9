package org.pvcoder.icd10.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.pvcoder.common.security.Roles;
import org.pvcoder.icd10.Icd10ReleaseService;
import org.pvcoder.icd10.api.LoadReport;
import org.pvcoder.icd10.api.ReleaseSummary;

import java.io.File;
import java.util.List;

/** Loading and activating ICD-10 releases (admin); listing them (everyone). */
@Path("/api/icd10/releases")
@Produces(MediaType.APPLICATION_JSON)
public class Icd10ReleaseResource {

    @Inject
    Icd10ReleaseService releases;

    /** An upload: a zip of distribution files, or one file named by {@code ?filename=}. */
    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML})
    @RolesAllowed(Roles.ADMIN)
    public Response upload(@NotNull File body, @QueryParam("filename") String fileName, @QueryParam("version") String version) {
        return created(releases.upload(body.toPath(), fileName, version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response loadFromServer(@Valid @NotNull LoadRequest request) {
        return created(releases.load(java.nio.file.Path.of(request.path()), request.version()));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public List<ReleaseSummary> list() {
        return releases.list();
    }

    @PUT
    @Path("{edition}/{version}/active")
    @RolesAllowed(Roles.ADMIN)
    public ReleaseSummary activate(@PathParam("edition") String edition, @PathParam("version") String version) {
        return releases.activate(edition, version);
    }

    private static Response created(LoadReport report) {
        return Response.created(UriBuilder.fromPath("/api/icd10/releases/{edition}/{version}")
                .build(report.edition(), report.version())).entity(report).build();
    }
}
