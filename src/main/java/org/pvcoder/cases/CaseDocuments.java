package org.pvcoder.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Drug;
import org.pvcoder.cases.model.Reaction;
import org.pvcoder.cases.model.ReportInfo;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Converts between the case document and its stored form, and derives the search columns from it. */
@ApplicationScoped
public class CaseDocuments {

    private final ObjectMapper mapper;

    public CaseDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String toJson(CaseReport report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CaseReport fromJson(String json) {
        try {
            return mapper.readValue(json, CaseReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    public JsonNode tree(String json) {
        try {
            return json == null ? mapper.nullNode() : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills what the server owns: ids for reactions and drugs that have none (the drug–reaction matrix
     * refers to them), and the worldwide unique id (C.1.8.1), which defaults to the safety report id.
     */
    public CaseReport withServerDefaults(CaseReport r) {
        ReportInfo info = r.report();
        if (info.worldwideUniqueId() == null || info.worldwideUniqueId().isBlank()) {
            info = new ReportInfo(info.safetyReportId(), info.creationDate(), info.reportType(), info.firstReceivedDate(),
                    info.mostRecentReceivedDate(), info.additionalDocuments(), info.fulfilsExpeditedCriteria(),
                    info.safetyReportId(), info.firstSender(), info.otherCaseIds(), info.linkedReports(),
                    info.nullification(), info.nullificationReason());
        }
        List<Reaction> reactions = r.reactions().stream().map(CaseDocuments::withId).toList();
        List<Drug> drugs = r.drugs().stream().map(CaseDocuments::withId).toList();
        return new CaseReport(info, r.primarySources(), r.sender(), r.literature(), r.study(), r.patient(), reactions,
                r.tests(), drugs, r.narrative());
    }

    /** Copies the searchable facts of the document onto the entity. */
    public void project(CaseReport report, SafetyCase entity) {
        entity.safetyReportId = report.report().safetyReportId();
        entity.worldwideUniqueId = report.report().worldwideUniqueId();
        entity.reportType = report.report().reportType().name();
        entity.serious = report.serious();
        entity.firstReceived = report.report().firstReceivedDate();
        entity.mostRecentReceived = report.report().mostRecentReceivedDate();
        entity.searchText = Stream.concat(
                        report.reactions().stream().flatMap(x -> Stream.of(x.verbatim(), x.translation())),
                        report.drugs().stream().flatMap(d -> Stream.concat(Stream.of(d.productName()),
                                d.substances().stream().map(Drug.Substance::name))))
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        entity.content = toJson(report);
    }

    private static Reaction withId(Reaction x) {
        if (x.id() != null) {
            return x;
        }
        return new Reaction(UUID.randomUUID().toString(), x.verbatim(), x.verbatimLanguage(), x.translation(),
                x.meddraVersion(), x.lltCode(), x.termHighlighted(), x.seriousness(), x.startDate(), x.endDate(),
                x.duration(), x.durationUnit(), x.outcome(), x.medicallyConfirmed(), x.country(), x.coding());
    }

    private static Drug withId(Drug d) {
        if (d.id() != null) {
            return d;
        }
        return new Drug(UUID.randomUUID().toString(), d.role(), d.mpid(), d.productName(), d.substances(),
                d.authorisationNumber(), d.authorisationCountry(), d.authorisationHolder(), d.dosages(),
                d.cumulativeDose(), d.cumulativeDoseUnit(), d.indications(), d.actionTaken(), d.reactionAssessments(),
                d.additionalInformation());
    }
}
