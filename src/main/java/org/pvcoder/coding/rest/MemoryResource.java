package org.pvcoder.coding.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.pvcoder.coding.EngineRegistry;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.memory.CodingMemoryEntry;
import org.pvcoder.coding.memory.ImportReport;
import org.pvcoder.coding.memory.MemoryCsv;
import org.pvcoder.coding.memory.MemoryRow;
import org.pvcoder.coding.memory.MemoryStore;
import org.pvcoder.common.security.Roles;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

/** The learned memory of a terminology: import approved verbatim → code pairs (CSV or TSV), export them. */
@Path("/api/coding/{system}/memory")
public class MemoryResource {

    static final String TSV = "text/tab-separated-values";

    @Inject
    EngineRegistry engines;

    @Inject
    MemoryStore store;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes({"text/csv", TSV})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    public ImportReport importPairs(@PathParam("system") String system,
                                    @jakarta.ws.rs.HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        boolean tabs = contentType != null && contentType.startsWith(TSV);
        List<MemoryRow> rows = MemoryCsv.read(new StringReader(body == null ? "" : body), tabs);
        CodingEngine engine = engines.activeEngine(system);
        MemoryStore.ImportResult result = store.importRows(engine, rows, identity.getPrincipal().getName());
        for (MemoryRow row : result.learned()) {
            engine.memory().add(row.verbatim(), row.code());
        }
        return result.report();
    }

    @GET
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.CODER})
    public String exportPairs(@PathParam("system") String system) {
        List<CodingMemoryEntry> entries = store.approved(system);
        StringWriter out = new StringWriter();
        MemoryCsv.write(out, "meddra".equals(system) ? "llt_code" : "code", entries);
        return out.toString();
    }
}
