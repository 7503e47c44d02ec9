package org.pvcoder.e2b.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.common.security.Roles;
import org.pvcoder.e2b.CaseLookup;
import org.pvcoder.e2b.E2bConfig;
import org.pvcoder.e2b.ack.AckWriter;
import org.pvcoder.e2b.export.E2bExportService;
import org.pvcoder.e2b.read.E2bImportService;
import org.pvcoder.e2b.read.ImportReport;
import org.pvcoder.e2b.validation.E2bValidationService;
import org.pvcoder.e2b.validation.ValidationReport;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;

/** E2B(R3) batch export, validation and import. */
@Path("/api/e2b")
public class E2bResource {

    private final CaseLookup cases;
    private final E2bExportService exporter;
    private final E2bImportService importer;
    private final E2bValidationService validation;
    private final E2bConfig config;

    public E2bResource(CaseLookup cases, E2bExportService exporter, E2bImportService importer,
                       E2bValidationService validation, E2bConfig config) {
        this.cases = cases;
        this.exporter = exporter;
        this.importer = importer;
        this.validation = validation;
        this.config = config;
    }

    @POST
    @Path("/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.REVIEWER})
    public Response export(@Valid @NotNull ExportRequest request) {
        List<Long> ids = request.filter() == null ? request.caseIds()
                : cases.idsMatching(request.filter().toCaseFilter(), ExportRequest.MAX_CASES);
        if (ids.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No case matches the filter");
        }
        return E2bResponses.download(exporter.export(lookUp(ids)));
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.REVIEWER})
    public ValidationReport validateCase(@Valid @NotNull ValidateCaseRequest request) {
        CaseReport report = cases.find(request.caseId()).orElseThrow(() -> ProblemException.notFound("Case", request.caseId()));
        return validation.validate(report);
    }

    @POST
    @Path("/validate")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE, Roles.REVIEWER})
    public ValidationReport validateFile(InputStream body) {
        return validation.validateFile(body);
    }

    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE})
    public ImportReport importFile(InputStream body) {
        return importer.importFile(body);
    }

    /** The same import, answered with the E2B(R3) acknowledgment (MCCI_IN200101UV01) when XML is asked for. */
    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.ADMIN, Roles.INTAKE})
    public Response importFileWithAck(InputStream body) {
        ImportReport report = importer.importFile(body);
        OffsetDateTime now = OffsetDateTime.now();
        StreamingOutput ack = out -> AckWriter.write(out, report, config.senderId(), now);
        return Response.ok(ack, MediaType.APPLICATION_XML_TYPE).build();
    }

    /** Looks each case up as the writer asks for it, so a large selection is never all in memory. */
    private Iterator<CaseReport> lookUp(List<Long> ids) {
        Iterator<Long> next = ids.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return next.hasNext();
            }

            @Override
            public CaseReport next() {
                long id = next.next();
                return cases.find(id).orElseThrow(() -> ProblemException.notFound("Case", id));
            }
        };
    }
}
