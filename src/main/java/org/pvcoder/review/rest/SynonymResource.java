package org.pvcoder.review.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.pvcoder.cases.Page;
import org.pvcoder.coding.memory.MemoryStatus;
import org.pvcoder.common.security.Roles;
import org.pvcoder.review.SynonymService;

/**
 * The synonym memory under governance. CSV export and import of approved pairs:
 * {@code GET/POST /api/coding/meddra/memory}.
 */
@Path("/api/review/synonyms")
@Produces(MediaType.APPLICATION_JSON)
public class SynonymResource {

    private final SynonymService synonyms;
    private final SecurityIdentity identity;

    public SynonymResource(SynonymService synonyms, SecurityIdentity identity) {
        this.synonyms = synonyms;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
    public Page<SynonymService.SynonymView> list(@QueryParam("status") MemoryStatus status,
                                                 @QueryParam("terminology") @DefaultValue("meddra") String terminology,
                                                 @QueryParam("page") @DefaultValue("0") int page,
                                                 @QueryParam("size") @DefaultValue("50") int size) {
        return synonyms.list(status, terminology, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public SynonymService.SynonymView approve(@PathParam("id") long id) {
        return synonyms.approve(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public SynonymService.SynonymView retire(@PathParam("id") long id) {
        return synonyms.retire(id, identity.getPrincipal().getName());
    }
}
