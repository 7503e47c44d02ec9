package org.pvcoder.e2b.validation;

import org.junit.jupiter.api.Test;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Reaction;
import org.pvcoder.cases.model.ReportInfo;
import org.pvcoder.cases.model.TermHighlighted;
import org.pvcoder.e2b.FullCase;
import org.pvcoder.e2b.SchemaFixture;
import org.pvcoder.e2b.read.IcsrBatchReader;
import org.pvcoder.e2b.read.IcsrMessageReader;
import org.pvcoder.e2b.read.ReadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessRulesTest {

    private final BusinessRules rules = new BusinessRules();

    @Test
    void fullCaseHasNoBlockingFinding() {
        List<Finding> findings = rules.check(FullCase.build());
        assertFalse(Findings.anyBlocking(findings), findings::toString);
    }

    @Test
    void bothExamplesPassTheBlockingRules() throws IOException {
        for (Path example : List.of(SchemaFixture.LITERATURE_EXAMPLE, SchemaFixture.FAERS_EXAMPLE)) {
            for (CaseReport report : read(example)) {
                List<Finding> findings = rules.check(report);
                assertFalse(Findings.anyBlocking(findings), () -> example + ": " + findings);
            }
        }
    }

    @Test
    void literatureExampleKeepsItsBareMeddraVersionWithAWarning() throws IOException {
        List<Finding> findings = rules.check(read(SchemaFixture.LITERATURE_EXAMPLE).get(0));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("ICH.MEDDRA.VERSION-FORM") && !f.blocking()
                && f.path().equals("/reactions/0/meddraVersion") && f.elementNumber().equals("E.i.2.1a")), findings::toString);
    }

    @Test
    void seriousReactionWithoutCriteriaIsBlocked() {
        CaseReport report = withReaction(0, r -> new Reaction(r.id(), r.verbatim(), r.verbatimLanguage(), r.translation(),
                r.meddraVersion(), r.lltCode(), TermHighlighted.NOT_HIGHLIGHTED_SERIOUS,
                new Reaction.Seriousness(false, false, false, false, false, false), r.startDate(), r.endDate(), r.duration(),
                r.durationUnit(), org.pvcoder.cases.model.Outcome.RECOVERED, r.medicallyConfirmed(), r.country(), r.coding()));
        assertBlocking(report, "ICH.E.i.3.2.SERIOUS-WITHOUT-CRITERIA", "E.i.3.2", "/reactions/0/seriousness");
    }

    @Test
    void fatalOutcomeWithoutDeathCriterionIsBlocked() {
        CaseReport report = withReaction(0, r -> new Reaction(r.id(), r.verbatim(), r.verbatimLanguage(), r.translation(),
                r.meddraVersion(), r.lltCode(), r.termHighlighted(), new Reaction.Seriousness(false, true, false, false, false, false),
                r.startDate(), r.endDate(), r.duration(), r.durationUnit(), r.outcome(), r.medicallyConfirmed(), r.country(), r.coding()));
        assertBlocking(report, "ICH.E.i.3.2a.FATAL", "E.i.3.2a", "/reactions/0/seriousness/death");
    }

    @Test
    void missingMeddraVersionIsBlocked() {
        CaseReport report = withReaction(1, r -> new Reaction(r.id(), r.verbatim(), r.verbatimLanguage(), r.translation(),
                null, r.lltCode(), r.termHighlighted(), r.seriousness(), r.startDate(), r.endDate(), r.duration(),
                r.durationUnit(), r.outcome(), r.medicallyConfirmed(), r.country(), r.coding()));
        assertBlocking(report, "ICH.E.i.2.1a.REQUIRED", "E.i.2.1a", "/reactions/1/meddraVersion");
    }

    @Test
    void badDateAndTooCoarseDateAreBlocked() {
        CaseReport full = FullCase.build();
        ReportInfo r = full.report();
        ReportInfo info = new ReportInfo(r.safetyReportId(), r.creationDate(), r.reportType(), "2024-02", "2024-13-45",
                r.additionalDocuments(), r.fulfilsExpeditedCriteria(), r.worldwideUniqueId(), r.firstSender(), r.otherCaseIds(),
                r.linkedReports(), r.nullification(), r.nullificationReason());
        CaseReport report = new CaseReport(info, full.primarySources(), full.sender(), full.literature(), full.study(),
                full.patient(), full.reactions(), full.tests(), full.drugs(), full.narrative());
        assertBlocking(report, "ICH.DATE.PRECISION", "C.1.4", "/report/firstReceivedDate");
        assertBlocking(report, "ICH.DATE.FORMAT", "C.1.5", "/report/mostRecentReceivedDate");
    }

    @Test
    void futureDateIsBlocked() {
        CaseReport report = withReaction(1, r -> new Reaction(r.id(), r.verbatim(), r.verbatimLanguage(), r.translation(),
                r.meddraVersion(), r.lltCode(), r.termHighlighted(), r.seriousness(), "2999-01-01", r.endDate(), r.duration(),
                r.durationUnit(), r.outcome(), r.medicallyConfirmed(), r.country(), r.coding()));
        assertBlocking(report, "ICH.DATE.FUTURE", "E.i.4", "/reactions/1/startDate");
    }

    private void assertBlocking(CaseReport report, String ruleId, String element, String path) {
        List<Finding> findings = rules.check(report);
        assertTrue(findings.contains(new Finding(ruleId, element, path,
                        findings.stream().filter(f -> f.ruleId().equals(ruleId) && path.equals(f.path())).map(Finding::message)
                                .findFirst().orElse("?"), true)),
                () -> "expected " + ruleId + " at " + path + " in " + findings);
    }

    static CaseReport withReaction(int index, java.util.function.UnaryOperator<Reaction> change) {
        CaseReport full = FullCase.build();
        List<Reaction> reactions = new ArrayList<>(full.reactions());
        reactions.set(index, change.apply(reactions.get(index)));
        return new CaseReport(full.report(), full.primarySources(), full.sender(), full.literature(), full.study(),
                full.patient(), reactions, full.tests(), full.drugs(), full.narrative());
    }

    static List<CaseReport> read(Path example) throws IOException {
        List<CaseReport> cases = new ArrayList<>();
        try (InputStream in = Files.newInputStream(example)) {
            new IcsrBatchReader(ReadLimits.DEFAULT).read(in, raw -> cases.add(IcsrMessageReader.read(raw).report()));
        }
        assertEquals(1, cases.size());
        return cases;
    }
}
