package org.pvcoder.icd10.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.pvcoder.common.security.Roles;
import org.pvcoder.icd10.api.CodeDetail;
import org.pvcoder.icd10.api.SearchPage;
import org.pvcoder.icd10.read.Icd10Browser;
import org.pvcoder.icd10.read.Icd10Search;

/** Browsing and searching a release: the active one of the coding edition unless {@code ?edition=&version=} say otherwise. */
@Path("/api/icd10")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
public class Icd10BrowseResource {

    @Inject
    Icd10Browser browser;
    @Inject
    Icd10Search search;

    @GET
    @Path("codes/{code}")
    public CodeDetail code(@PathParam("code") String code, @QueryParam("edition") String edition,
                           @QueryParam("version") String version) {
        return browser.code(edition, version, code);
    }

    @GET
    @Path("search")
    public SearchPage search(@QueryParam("q") String query, @QueryParam("edition") String edition,
                             @QueryParam("version") String version,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("20") int size) {
        return search.search(edition, version, query, page, size);
    }
}
