package org.pvcoder.e2b.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.e2b.E2bConfig;
import org.pvcoder.e2b.validation.CaseChecks;
import org.pvcoder.e2b.validation.Finding;
import org.pvcoder.e2b.validation.Schemas;

import javax.xml.transform.stream.StreamSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exports cases as one E2B(R3) batch. Cases stream through one at a time into a temporary file; a case with
 * blocking findings stops the export (all such findings are listed), and when the schema is configured the file
 * is validated before it is handed out.
 */
@ApplicationScoped
public class E2bExportService {

    private static final DateTimeFormatter BATCH_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final E2bConfig config;
    private final CaseChecks checks;
    private final Schemas schemas;

    public E2bExportService(E2bConfig config, CaseChecks checks, Schemas schemas) {
        this.config = config;
        this.checks = checks;
        this.schemas = schemas;
    }

    public ExportedBatch export(Iterator<CaseReport> cases) {
        BatchHeader header = newHeader();
        Path file = createTempFile();
        List<Problem.FieldError> blocking = new ArrayList<>();
        int written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             IcsrBatchWriter writer = new IcsrBatchWriter(out, header)) {
            while (cases.hasNext()) {
                CaseReport report = cases.next();
                List<Finding> findings = checks.check(report);
                findings.stream().filter(Finding::blocking).forEach(f -> blocking.add(fieldError(report, f)));
                if (blocking.isEmpty()) {
                    writer.write(report);
                }
            }
            written = writer.messageCount();
        } catch (IOException e) {
            discard(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(file);
            throw e;
        }
        if (!blocking.isEmpty()) {
            discard(file);
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "The selection cannot be sent: " + blocking.size() + " blocking finding(s) under the E2B(R3) business rules",
                    blocking);
        }
        validateAgainstSchema(file);
        return new ExportedBatch(file, header.batchNumber(), written);
    }

    private void validateAgainstSchema(Path file) {
        schemas.batch().ifPresent(schema -> {
            List<Finding> findings = schema.validate(new StreamSource(file.toFile()));
            if (!findings.isEmpty()) {
                discard(file);
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "The export does not validate against the ICH E2B(R3) schema", findings.stream()
                        .map(f -> new Problem.FieldError(f.path(), f.message(), f.elementNumber())).toList());
            }
        });
    }

    BatchHeader newHeader() {
        OffsetDateTime now = OffsetDateTime.now();
        String batchNumber = config.senderId() + "-" + BATCH_TIME.format(now) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000)).toUpperCase();
        return new BatchHeader(batchNumber, config.senderId(), config.receiverId(), now);
    }

    private static Problem.FieldError fieldError(CaseReport report, Finding finding) {
        String caseId = report.report() == null ? "?" : report.report().safetyReportId();
        return new Problem.FieldError(finding.path(), "case " + caseId + ": " + finding.message(), finding.elementNumber());
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("e2b-export-", ".xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the temp directory cleanup
        }
    }
}
