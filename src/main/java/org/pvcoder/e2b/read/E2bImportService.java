package org.pvcoder.e2b.read;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.e2b.CaseLookup;
import org.pvcoder.e2b.E2bConfig;
import org.pvcoder.e2b.ImportOutcome;
import org.pvcoder.e2b.validation.CaseChecks;
import org.pvcoder.e2b.validation.Finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports an E2B(R3) batch: the file is first read through once to prove it is a readable E2B batch (a broken
 * file creates nothing), then each message is read, checked and handed to the case store as a new case or a
 * follow-up. A message that fails its checks is rejected with its findings; the others go in.
 */
@ApplicationScoped
public class E2bImportService {

    private final CaseLookup cases;
    private final CaseChecks checks;
    private final E2bConfig config;

    public E2bImportService(CaseLookup cases, CaseChecks checks, E2bConfig config) {
        this.cases = cases;
        this.checks = checks;
        this.config = config;
    }

    public ImportReport importFile(InputStream body) {
        try (SpooledUpload upload = SpooledUpload.of(body, config.maxFileBytes())) {
            readAll(upload, raw -> {
            });
            List<MessageResult> results = new ArrayList<>();
            IcsrBatchReader.BatchInfo batch = readAll(upload, raw -> results.add(importMessage(raw)));
            return ImportReport.of(batch, results);
        }
    }

    /** Reads every message of the file; a file that cannot be read becomes a 400/422 problem. */
    IcsrBatchReader.BatchInfo readAll(SpooledUpload upload, Consumer<IcsrBatchReader.RawMessage> handler) {
        IcsrBatchReader reader = new IcsrBatchReader(new ReadLimits(config.maxFileBytes(), ReadLimits.DEFAULT.maxDepth(),
                ReadLimits.DEFAULT.maxElementsPerMessage(), ReadLimits.DEFAULT.maxTextLength()));
        try (InputStream in = upload.open()) {
            return reader.read(in, handler);
        } catch (E2bFileException e) {
            throw E2bFileProblems.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MessageResult importMessage(IcsrBatchReader.RawMessage raw) {
        IcsrMessageReader.MessageRead read = IcsrMessageReader.read(raw);
        CaseReport report = read.report();
        List<Finding> findings = new ArrayList<>(read.issues());
        if (report != null && read.readable()) {
            findings.addAll(checks.check(report));
        }
        String safetyReportId = report == null ? null : report.report().safetyReportId();
        String worldwideId = report == null ? null : report.report().worldwideUniqueId();
        if (report == null || findings.stream().anyMatch(Finding::blocking)) {
            return new MessageResult(raw.index(), read.messageId(), safetyReportId, worldwideId, MessageResult.Status.REJECTED,
                    null, findings);
        }
        try {
            ImportOutcome outcome = cases.createOrFollowUp(report);
            MessageResult.Status status = outcome.kind() == ImportOutcome.Kind.CREATED
                    ? MessageResult.Status.CREATED : MessageResult.Status.UPDATED;
            return new MessageResult(raw.index(), read.messageId(), safetyReportId, worldwideId, status, outcome.caseId(), findings);
        } catch (ProblemException e) {
            findings.add(Finding.blocking("CASE-STORE", null, "message " + raw.index(), e.problem().detail()));
            e.problem().errors().forEach(err ->
                    findings.add(Finding.blocking("CASE-STORE", err.element(), err.pointer(), err.message())));
            return new MessageResult(raw.index(), read.messageId(), safetyReportId, worldwideId, MessageResult.Status.REJECTED,
                    null, findings);
        }
    }
}
