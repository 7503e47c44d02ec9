package org.pvcoder.coding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.util.ArrayList;
import java.util.List;

/**
 * Codes verbatims to a terminology. The Java entry point for other features (cases code reactions,
 * medical history and indications through it) and the service behind the coding API.
 */
@ApplicationScoped
public class CodingService {

    /** Batches from this size are coded on all cores. */
    private static final int PARALLEL_FROM = 64;

    @Inject
    EngineRegistry engines;

    @Inject
    CodingConfig config;

    /** Codes with the system's active release; one result per verbatim, in order. */
    public List<CodingResult> code(String system, List<String> verbatims) {
        return code(system, null, verbatims, Reporter.UNSPECIFIED).results();
    }

    /** Codes verbatims worded by this kind of reporter with the system's active release. */
    public List<CodingResult> code(String system, List<String> verbatims, Reporter reporter) {
        return code(system, null, verbatims, reporter).results();
    }

    /**
     * Codes with the given release (or the active one when {@code version} is null), all with one consistent index;
     * the reporter, when known, sharpens the confidence.
     */
    public CodingBatch code(String system, String version, List<String> verbatims, Reporter reporter) {
        validate(verbatims, "/verbatims");
        CodingEngine engine = engines.engine(system, version);
        Reporter by = reporter == null ? Reporter.UNSPECIFIED : reporter;
        List<CodingResult> results = verbatims.size() >= PARALLEL_FROM
                ? verbatims.parallelStream().map(v -> engine.code(v, by)).toList()
                : verbatims.stream().map(v -> engine.code(v, by)).toList();
        return new CodingBatch(engine.system(), engine.version(), results);
    }

    /** Rejects a missing list, too many verbatims, or a verbatim that is too long; names the offending item. */
    public void validate(List<String> verbatims, String pointer) {
        if (verbatims == null) {
            throw invalid(pointer, "is required: a list of verbatims");
        }
        if (verbatims.size() > config.maxBatchSize()) {
            throw invalid(pointer, "holds " + verbatims.size() + " verbatims; at most " + config.maxBatchSize() + " per call");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < verbatims.size(); i++) {
            String v = verbatims.get(i);
            if (v != null && v.length() > config.maxVerbatimLength()) {
                errors.add(new Problem.FieldError(pointer + "/" + i,
                        "is " + v.length() + " characters long; at most " + config.maxVerbatimLength(), null));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors.get(0).pointer() + ": " + errors.get(0).message(), errors);
        }
    }

    private static ProblemException invalid(String pointer, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, pointer + ": " + message,
                List.of(new Problem.FieldError(pointer, message, null)));
    }

    /** Results of one call and the release that produced all of them. */
    public record CodingBatch(String system, String version, List<CodingResult> results) {
    }
}
