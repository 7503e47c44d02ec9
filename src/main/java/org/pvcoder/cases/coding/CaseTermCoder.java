package org.pvcoder.cases.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Coding;
import org.pvcoder.cases.model.Indication;
import org.pvcoder.cases.model.PrimarySource;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.CodingService;
import org.pvcoder.coding.Decision;
import org.pvcoder.coding.Reporter;
import org.pvcoder.common.error.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes the MedDRA terms of a case that nobody coded yet (reactions, medical history, indications) in one
 * batch, writing code, version, stage and confidence onto each item. Codes given by the sender or a person
 * are kept as they are. Without an active MedDRA release the case is stored uncoded.
 */
@ApplicationScoped
public class CaseTermCoder {

    public static final String SYSTEM = "meddra";
    /** Drug indications are coded to ICD-10 as well. */
    public static final String ICD10 = "icd10";
    /** Fields of an indication holding its ICD-10 coding: version, code, coding. */
    public static final List<String> ICD10_FIELDS = List.of("icd10Version", "icd10Code", "icd10Coding");
    private static final List<String> MEDDRA_FIELDS = List.of("meddraVersion", "lltCode", "coding");
    private static final Logger LOG = Logger.getLogger(CaseTermCoder.class);

    private final CodingService coding;
    private final ObjectMapper mapper;

    public CaseTermCoder(CodingService coding, ObjectMapper mapper) {
        this.coding = coding;
        this.mapper = mapper;
    }

    /** The coded case, the items left for review, and every result the autocoder gave this time. */
    public record Outcome(CaseReport report, List<ItemToReview> needsReview, List<CodingResult> results) {
    }

    /**
     * Codes the items of {@code report} nobody coded. An item that still reads as in the {@code previous} version
     * (same place, same verbatim) keeps the coding it had there, so a follow-up sent without codes loses neither
     * a person's decision nor opens the same task twice.
     */
    public Outcome code(CaseReport report, CaseReport previous) {
        ObjectNode document = mapper.valueToTree(report);
        JsonNode previousDocument = previous == null ? null : mapper.valueToTree(previous);
        List<CodableItemRef> pending = pending(report, document, previousDocument, MEDDRA_FIELDS);
        List<CodableItemRef> pendingIcd10 = pending(report, document, previousDocument, ICD10_FIELDS).stream()
                .filter(ref -> ref.item() instanceof Indication).toList();
        List<ItemToReview> needsReview = new ArrayList<>();
        List<CodingResult> results = new ArrayList<>();
        codeBatch(SYSTEM, pending, reporterOf(report.primarySources()), document, MEDDRA_FIELDS, needsReview, results);
        // The reporter's weights were fitted on reactions coded to MedDRA; ICD-10 confidence is estimated without it.
        codeBatch(ICD10, pendingIcd10, Reporter.UNSPECIFIED, document, ICD10_FIELDS, needsReview, results);
        return new Outcome(mapper.convertValue(document, CaseReport.class), needsReview, results);
    }

    /**
     * The items with a verbatim and no code in {@code fields} (version, code, coding). One that reads as in the
     * previous version keeps the coding it had there instead.
     */
    private static List<CodableItemRef> pending(CaseReport report, ObjectNode document, JsonNode previousDocument,
                                                List<String> fields) {
        List<CodableItemRef> pending = new ArrayList<>();
        for (CodableItemRef ref : CodableItemRef.all(report)) {
            String verbatim = ref.item().verbatim();
            if (verbatim == null || verbatim.isBlank() || document.at(ref.pointer()).hasNonNull(fields.get(1))) {
                continue;
            }
            JsonNode before = previousDocument == null ? null : previousDocument.at(ref.pointer());
            if (before != null && before.isObject() && verbatim.equals(before.path("verbatim").asText(null))
                    && before.hasNonNull(fields.get(2))) {
                carryOver((ObjectNode) document.at(ref.pointer()), before, fields);
            } else {
                pending.add(ref);
            }
        }
        return pending;
    }

    /**
     * Who worded the case's terms: the primary source for regulatory purposes (else the first). Lawyers count with
     * consumers: neither writes in a health professional's terms.
     */
    static Reporter reporterOf(List<PrimarySource> sources) {
        if (sources == null || sources.isEmpty()) {
            return Reporter.UNSPECIFIED;
        }
        PrimarySource source = sources.stream().filter(s -> Boolean.TRUE.equals(s.primaryForRegulatoryPurposes()))
                .findFirst().orElse(sources.get(0));
        if (source.qualification() == null) {
            return Reporter.UNSPECIFIED;
        }
        return switch (source.qualification()) {
            case PHYSICIAN, PHARMACIST, OTHER_HEALTH_PROFESSIONAL -> Reporter.HEALTH_PROFESSIONAL;
            case CONSUMER, LAWYER -> Reporter.CONSUMER;
        };
    }

    /** Codes the items to one system in one batch, writing onto the given fields; counts auto-coded and not codable. */
    private void codeBatch(String system, List<CodableItemRef> pending, Reporter reporter, ObjectNode document,
                           List<String> fields, List<ItemToReview> needsReview, List<CodingResult> all) {
        if (pending.isEmpty()) {
            return;
        }
        List<CodingResult> results;
        try {
            results = coding.code(system, pending.stream().map(ref -> ref.item().verbatim()).toList(), reporter);
        } catch (ProblemException e) {
            LOG.warnf("Case terms left uncoded to %s: %s", system, e.getMessage());
            return;
        }
        for (int i = 0; i < pending.size(); i++) {
            CodableItemRef ref = pending.get(i);
            CodingResult result = results.get(i);
            ObjectNode item = (ObjectNode) document.at(ref.pointer());
            write(item, result, fields);
            all.add(result);
            if (result.decision() == Decision.NEEDS_REVIEW) {
                needsReview.add(new ItemToReview(ref.pointer(), ref.kind(), ref.item().verbatim(), result));
            }
        }
    }

    private static void carryOver(ObjectNode item, JsonNode before, List<String> fields) {
        for (String field : fields) {
            if (before.hasNonNull(field)) {
                item.set(field, before.get(field));
            }
        }
    }

    private void write(ObjectNode item, CodingResult result, List<String> fields) {
        boolean coded = result.decision() == Decision.AUTO_CODED;
        Coding coding = new Coding(Coding.CodingStatus.valueOf(result.decision().name()), result.stage().name(),
                result.confidence(), coded ? result.llt().name() : null, coded ? result.pt().code() : null,
                coded ? result.pt().name() : null, "autocoder", Instant.now());
        if (coded) {
            item.put(fields.get(0), result.version());
            item.put(fields.get(1), result.llt().code());
        }
        item.set(fields.get(2), mapper.<JsonNode>valueToTree(coding));
    }
}
