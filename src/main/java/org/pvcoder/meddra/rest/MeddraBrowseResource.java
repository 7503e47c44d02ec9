package org.pvcoder.meddra.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.security.Roles;
import org.pvcoder.meddra.MeddraLevel;
import org.pvcoder.meddra.api.Children;
import org.pvcoder.meddra.api.LltDetail;
import org.pvcoder.meddra.api.PtDetail;
import org.pvcoder.meddra.api.SearchPage;
import org.pvcoder.meddra.api.SmqDetail;
import org.pvcoder.meddra.api.SmqList;
import org.pvcoder.meddra.api.SocList;
import org.pvcoder.meddra.read.MeddraBrowser;
import org.pvcoder.meddra.read.MeddraSearch;
import org.pvcoder.meddra.read.MeddraSmqs;

/** Browsing the MedDRA hierarchy. Every answer names its version; {@code ?version=} asks another than the active one. */
@Path("/api/meddra")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.CODER, Roles.REVIEWER, Roles.VIEWER})
public class MeddraBrowseResource {

    @Inject
    MeddraBrowser browser;
    @Inject
    MeddraSearch search;
    @Inject
    MeddraSmqs smqs;

    @GET
    @Path("llt/{code}")
    public LltDetail llt(@PathParam("code") String code, @QueryParam("version") String version) {
        return browser.llt(version, code);
    }

    @GET
    @Path("pt/{code}")
    public PtDetail pt(@PathParam("code") String code, @QueryParam("version") String version) {
        return browser.pt(version, code);
    }

    @GET
    @Path("{level}/{code}/children")
    public Children children(@PathParam("level") String level, @PathParam("code") String code,
                             @QueryParam("version") String version) {
        MeddraLevel parsed = MeddraLevel.parse(level)
                .filter(l -> l == MeddraLevel.SOC || l == MeddraLevel.HLGT || l == MeddraLevel.HLT)
                .orElseThrow(() -> ProblemException.notFound("Level with children (soc, hlgt, hlt)", level));
        return browser.children(version, parsed, code);
    }

    @GET
    @Path("socs")
    public SocList socs(@QueryParam("version") String version) {
        return browser.socs(version);
    }

    @GET
    @Path("search")
    public SearchPage search(@QueryParam("q") String query, @QueryParam("version") String version,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("20") int size) {
        return search.search(version, query, page, size);
    }

    @GET
    @Path("smqs")
    public SmqList smqList(@QueryParam("version") String version) {
        return smqs.list(version);
    }

    @GET
    @Path("smqs/{code}")
    public SmqDetail smq(@PathParam("code") String code, @QueryParam("version") String version) {
        return smqs.smq(version, code);
    }
}
