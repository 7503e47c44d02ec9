package org.pvcoder.cases.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Coding;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.CodingService;
import org.pvcoder.coding.Decision;
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
    private static final Logger LOG = Logger.getLogger(CaseTermCoder.class);

    private final CodingService coding;
    private final ObjectMapper mapper;

    public CaseTermCoder(CodingService coding, ObjectMapper mapper) {
        this.coding = coding;
        this.mapper = mapper;
    }

    /** The coded case, and the items left for review. */
    public record Outcome(CaseReport report, List<ItemToReview> needsReview, int autoCoded, int notCodable) {
    }

    /**
     * Codes the items of {@code report} nobody coded. An item that still reads as in the {@code previous} version
     * (same place, same verbatim) keeps the coding it had there, so a follow-up sent without codes loses neither
     * a person's decision nor opens the same task twice.
     */
    public Outcome code(CaseReport report, CaseReport previous) {
        ObjectNode document = mapper.valueToTree(report);
        JsonNode previousDocument = previous == null ? null : mapper.valueToTree(previous);
        List<CodableItemRef> pending = new ArrayList<>();
        for (CodableItemRef ref : CodableItemRef.all(report)) {
            if (!ref.awaitsCoding()) {
                continue;
            }
            JsonNode before = previousDocument == null ? null : previousDocument.at(ref.pointer());
            if (before != null && before.isObject() && ref.item().verbatim().equals(before.path("verbatim").asText(null))
                    && before.hasNonNull("coding")) {
                carryOver((ObjectNode) document.at(ref.pointer()), before);
            } else {
                pending.add(ref);
            }
        }
        if (pending.isEmpty()) {
            return new Outcome(mapper.convertValue(document, CaseReport.class), List.of(), 0, 0);
        }
        List<CodingResult> results;
        try {
            results = coding.code(SYSTEM, pending.stream().map(ref -> ref.item().verbatim()).toList());
        } catch (ProblemException e) {
            LOG.warnf("Case terms left uncoded: %s", e.getMessage());
            return new Outcome(mapper.convertValue(document, CaseReport.class), List.of(), 0, 0);
        }
        List<ItemToReview> needsReview = new ArrayList<>();
        int autoCoded = 0;
        int notCodable = 0;
        for (int i = 0; i < pending.size(); i++) {
            CodableItemRef ref = pending.get(i);
            CodingResult result = results.get(i);
            ObjectNode item = (ObjectNode) document.at(ref.pointer());
            write(item, result);
            switch (result.decision()) {
                case NEEDS_REVIEW -> needsReview.add(new ItemToReview(ref.pointer(), ref.kind(), ref.item().verbatim(), result));
                case AUTO_CODED -> autoCoded++;
                case NOT_CODABLE -> notCodable++;
            }
        }
        return new Outcome(mapper.convertValue(document, CaseReport.class), needsReview, autoCoded, notCodable);
    }

    private static void carryOver(ObjectNode item, JsonNode before) {
        for (String field : List.of("meddraVersion", "lltCode", "coding")) {
            if (before.hasNonNull(field)) {
                item.set(field, before.get(field));
            }
        }
    }

    private void write(ObjectNode item, CodingResult result) {
        boolean coded = result.decision() == Decision.AUTO_CODED;
        Coding coding = new Coding(Coding.CodingStatus.valueOf(result.decision().name()), result.stage().name(),
                result.confidence(), coded ? result.llt().name() : null, coded ? result.pt().code() : null,
                coded ? result.pt().name() : null, "autocoder", Instant.now());
        if (coded) {
            item.put("meddraVersion", result.version());
            item.put("lltCode", result.llt().code());
        }
        item.set("coding", mapper.<JsonNode>valueToTree(coding));
    }
}
