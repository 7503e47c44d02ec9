package org.pvcoder.e2b.validation;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.e2b.E2bConfig;
import org.pvcoder.e2b.read.E2bFileException;
import org.pvcoder.e2b.read.E2bFileProblems;
import org.pvcoder.e2b.read.IcsrBatchReader;
import org.pvcoder.e2b.read.IcsrMessageReader;
import org.pvcoder.e2b.read.ReadLimits;
import org.pvcoder.e2b.read.SpooledUpload;

import javax.xml.transform.stream.StreamSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Validates a stored case, or an uploaded E2B file (schema, reading, model constraints and business rules per message). */
@ApplicationScoped
public class E2bValidationService {

    private final CaseChecks checks;
    private final Schemas schemas;
    private final E2bConfig config;

    public E2bValidationService(CaseChecks checks, Schemas schemas, E2bConfig config) {
        this.checks = checks;
        this.schemas = schemas;
        this.config = config;
    }

    public ValidationReport validate(CaseReport report) {
        return ValidationReport.of(checks.check(report));
    }

    public ValidationReport validateFile(InputStream body) {
        try (SpooledUpload upload = SpooledUpload.of(body, config.maxFileBytes())) {
            List<Finding> findings = new ArrayList<>();
            IcsrBatchReader reader = new IcsrBatchReader(new ReadLimits(config.maxFileBytes(), ReadLimits.DEFAULT.maxDepth(),
                    ReadLimits.DEFAULT.maxElementsPerMessage(), ReadLimits.DEFAULT.maxTextLength()));
            try (InputStream in = upload.open()) {
                reader.read(in, raw -> findings.addAll(checkMessage(raw)));
            } catch (E2bFileException e) {
                throw E2bFileProblems.of(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Only a file the safe reader accepted (no DTD, bounded) reaches the schema validator.
            schemas.batch().ifPresent(schema -> findings.addAll(schema.validate(new StreamSource(upload.path().toFile()))));
            return ValidationReport.of(findings);
        }
    }

    private List<Finding> checkMessage(IcsrBatchReader.RawMessage raw) {
        IcsrMessageReader.MessageRead read = IcsrMessageReader.read(raw);
        List<Finding> findings = new ArrayList<>(read.issues());
        if (read.report() != null) {
            for (Finding f : checks.check(read.report())) {
                findings.add(new Finding(f.ruleId(), f.elementNumber(), "message " + raw.index() + f.path(), f.message(), f.blocking()));
            }
        }
        return findings;
    }
}
