package org.pvcoder.coding.semantic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pvcoder.common.security.Roles;

/** Progress of the name vectors of a system's active release: {version, done, total, state}. */
@Path("/api/coding/{system}/vectors")
@RolesAllowed({Roles.CODER, Roles.REVIEWER, Roles.INTAKE, Roles.ADMIN})
public class TermVectorResource {

    @Inject
    TermVectorService vectors;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public VectorProgress progress(@PathParam("system") String system) {
        return vectors.progress(system);
    }
}
