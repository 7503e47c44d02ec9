package org.pvcoder.cases;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.event.Event;
import org.pvcoder.cases.coding.CaseTermCoder;
import org.pvcoder.cases.coding.CaseTermsCoded;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Coding;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Creates, follows up, finds and deletes cases. Every change is one transaction and one audited revision. */
@ApplicationScoped
public class CaseService {

    private final CaseDocuments documents;
    private final CaseTermCoder coder;
    private final Event<CaseTermsCoded> coded;

    public CaseService(CaseDocuments documents, CaseTermCoder coder, Event<CaseTermsCoded> coded) {
        this.documents = documents;
        this.coder = coder;
        this.coded = coded;
    }

    @Transactional
    public CaseView create(@NotNull @Valid CaseReport submitted) {
        CaseReport report = documents.withServerDefaults(submitted);
        String wwuid = report.report().worldwideUniqueId();
        Optional<SafetyCase> existing = findByWorldwideUniqueId(wwuid);
        if (existing.isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Case " + existing.get().id + " already has worldwide unique id '"
                    + wwuid + "' (C.1.8.1); send a follow-up with PUT /api/cases/" + existing.get().id);
        }
        SafetyCase entity = new SafetyCase();
        entity.versionNumber = 1;
        entity.createdAt = Instant.now();
        entity.updatedAt = entity.createdAt;
        store(entity, report, null);
        return view(entity);
    }

    /** A follow-up: replaces the document as a new version, provided the caller saw the current one. */
    @Transactional
    public CaseView update(long id, int expectedVersion, @NotNull @Valid CaseReport submitted) {
        SafetyCase entity = require(id);
        if (entity.versionNumber != expectedVersion) {
            throw new ProblemException(ProblemType.STALE_VERSION, "Case " + id + " is at version " + entity.versionNumber
                    + ", not " + expectedVersion + "; reload it and apply your change again");
        }
        CaseReport report = documents.withServerDefaults(submitted);
        String wwuid = report.report().worldwideUniqueId();
        findByWorldwideUniqueId(wwuid).filter(other -> !other.id.equals(entity.id)).ifPresent(other -> {
            throw new ProblemException(ProblemType.CONFLICT, "Worldwide unique id '" + wwuid + "' belongs to case " + other.id);
        });
        CaseReport previous = documents.fromJson(entity.content);
        entity.versionNumber++;
        entity.updatedAt = Instant.now();
        store(entity, report, previous);
        return view(entity);
    }

    @Transactional
    public CaseView get(long id) {
        return view(require(id));
    }

    @Transactional
    public Optional<CaseView> findByWorldwideUniqueIdView(String worldwideUniqueId) {
        return findByWorldwideUniqueId(worldwideUniqueId).map(this::view);
    }

    @Transactional
    public void delete(long id) {
        require(id).delete();
    }

    @Transactional
    public Page<CaseSummary> list(CaseFilter filter, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.reportType() != null) {
            clauses.add("reportType = :reportType");
            params.put("reportType", filter.reportType().name());
        }
        if (filter.serious() != null) {
            clauses.add("serious = :serious");
            params.put("serious", filter.serious());
        }
        if (filter.receivedFrom() != null) {
            clauses.add("mostRecentReceived >= :from");
            params.put("from", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            // Stored dates may carry a time ("2024-03-15T08:30"); "~" sorts after it, so the whole day is included.
            clauses.add("mostRecentReceived <= :to");
            params.put("to", filter.receivedTo() + "~");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            clauses.add("searchText like :text");
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        Sort newestFirst = Sort.descending("mostRecentReceived").and("id", Sort.Direction.Descending);
        var found = clauses.isEmpty()
                ? SafetyCase.<SafetyCase>findAll(newestFirst)
                : SafetyCase.<SafetyCase>find(String.join(" and ", clauses), newestFirst, params);
        List<CaseSummary> items = found.page(page, size).list().stream().map(CaseSummary::of).toList();
        return new Page<>(items, page, size, found.count());
    }

    /**
     * Writes a person's coding decision onto one item of a case as a new case version. Refused with
     * {@link VerbatimChangedException} when the item no longer holds the verbatim the decision was made for.
     */
    @Transactional
    public CaseView applyCoding(long id, String pointer, String expectedVerbatim, String meddraVersion, String lltCode, Coding coding) {
        return applyCoding(id, pointer, expectedVerbatim, List.of("meddraVersion", "lltCode", "coding"), meddraVersion, lltCode, coding);
    }

    /**
     * As {@link #applyCoding(long, String, String, String, String, Coding)}, writing onto the named fields
     * (version, code, coding): e.g. an indication's {@code icd10Version}, {@code icd10Code}, {@code icd10Coding}.
     */
    @Transactional
    public CaseView applyCoding(long id, String pointer, String expectedVerbatim, List<String> fields, String version,
                                String code, Coding coding) {
        SafetyCase entity = require(id);
        ObjectNode document = (ObjectNode) documents.tree(entity.content);
        JsonNode item = document.at(pointer);
        String current = item.path("verbatim").asText(null);
        if (!(item instanceof ObjectNode target) || !expectedVerbatim.equals(current)) {
            throw new VerbatimChangedException(id, pointer, current);
        }
        target.put(fields.get(0), version);
        target.put(fields.get(1), code);
        target.set(fields.get(2), documents.toTree(coding));
        entity.versionNumber++;
        entity.updatedAt = Instant.now();
        documents.project(documents.fromJson(document.toString()), entity);
        return view(entity);
    }

    /** The verbatim of one codable item of the current case version, if the item exists. */
    @Transactional
    public Optional<String> itemVerbatim(long id, String pointer) {
        JsonNode item = documents.tree(require(id).content).at(pointer);
        return item.isObject() && item.hasNonNull("verbatim") ? Optional.of(item.get("verbatim").asText()) : Optional.empty();
    }

    /** Codes what nobody coded yet, stores the document and tells the review queue what needs a person. */
    private void store(SafetyCase entity, CaseReport report, CaseReport previous) {
        CaseTermCoder.Outcome outcome = coder.code(report, previous);
        documents.project(outcome.report(), entity);
        if (entity.id == null) {
            entity.persist();
        }
        coded.fire(new CaseTermsCoded(entity.id, entity.versionNumber, outcome.report(), outcome.needsReview(),
                outcome.results()));
    }

    private Optional<SafetyCase> findByWorldwideUniqueId(String wwuid) {
        return SafetyCase.find("worldwideUniqueId", wwuid).firstResultOptional();
    }

    SafetyCase require(long id) {
        return SafetyCase.<SafetyCase>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Case", id));
    }

    CaseView view(SafetyCase entity) {
        return new CaseView(entity.id, entity.versionNumber, entity.createdAt, entity.updatedAt, documents.fromJson(entity.content));
    }
}
