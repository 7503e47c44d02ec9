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

    public Outcome code(CaseReport report) {
        List<CodableItemRef> pending = CodableItemRef.all(report).stream().filter(CodableItemRef::awaitsCoding).toList();
        if (pending.isEmpty()) {
            return new Outcome(report, List.of(), 0, 0);
        }
        List<CodingResult> results;
        try {
            results = coding.code(SYSTEM, pending.stream().map(ref -> ref.item().verbatim()).toList());
        } catch (ProblemException e) {
            LOG.warnf("Case terms left uncoded: %s", e.getMessage());
            return new Outcome(report, List.of(), 0, 0);
        }
        ObjectNode document = mapper.valueToTree(report);
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
