package org.pvcoder.e2b;

import org.pvcoder.cases.model.ActionTaken;
import org.pvcoder.cases.model.AgeGroup;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Death;
import org.pvcoder.cases.model.Dosage;
import org.pvcoder.cases.model.Drug;
import org.pvcoder.cases.model.DrugReaction;
import org.pvcoder.cases.model.DrugRole;
import org.pvcoder.cases.model.FirstSender;
import org.pvcoder.cases.model.Indication;
import org.pvcoder.cases.model.LiteratureReference;
import org.pvcoder.cases.model.MedicalHistoryEntry;
import org.pvcoder.cases.model.Narrative;
import org.pvcoder.cases.model.NullificationType;
import org.pvcoder.cases.model.Outcome;
import org.pvcoder.cases.model.PastDrug;
import org.pvcoder.cases.model.Patient;
import org.pvcoder.cases.model.PrimarySource;
import org.pvcoder.cases.model.Qualification;
import org.pvcoder.cases.model.Reaction;
import org.pvcoder.cases.model.Recurrence;
import org.pvcoder.cases.model.ReportInfo;
import org.pvcoder.cases.model.ReportType;
import org.pvcoder.cases.model.Sender;
import org.pvcoder.cases.model.SenderType;
import org.pvcoder.cases.model.Sex;
import org.pvcoder.cases.model.Study;
import org.pvcoder.cases.model.StudyType;
import org.pvcoder.cases.model.TermHighlighted;
import org.pvcoder.cases.model.TestResult;
import org.pvcoder.cases.model.TestResultCode;
import org.pvcoder.cases.model.TimeUnit;

import java.math.BigDecimal;
import java.util.List;

/** A case with every section and every field the model holds filled in, for export and round-trip tests. */
public final class FullCase {

    public static final String REACTION_1 = "0f8b5c1e-3a2d-4c55-9a0e-6d1f2b3c4d5e";
    public static final String REACTION_2 = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    private FullCase() {
    }

    public static CaseReport build() {
        return build("GB-PVCODER-2024-000123");
    }

    public static CaseReport build(String safetyReportId) {
        ReportInfo report = new ReportInfo(safetyReportId, "2024-03-20T14:05:09+01:00", ReportType.STUDY,
                "2024-03-01", "2024-03-18", true, true, "GB-PVCODER-2024-000123", FirstSender.OTHER,
                List.of(new ReportInfo.OtherCaseId("MAH-X", "X-2024-77")), List.of("GB-OTHER-2023-000001"),
                NullificationType.AMENDMENT, "Corrected dose");
        PrimarySource reporter = new PrimarySource("Dr", "Ann", "Smith", "St Mary's Hospital", "Cardiology",
                "1 Praed Street", "London", "Greater London", "W2 1NY", "+44 20 7946 0000", "GB",
                Qualification.PHYSICIAN, true);
        PrimarySource pharmacist = new PrimarySource(null, null, "Jones", null, null, null, null, null, null, null, "FR",
                Qualification.PHARMACIST, null);
        Sender sender = new Sender(SenderType.PHARMACEUTICAL_COMPANY, "PV Coder Pharma Ltd", "Drug Safety", "Ms", "Beth",
                "Brown", "2 High Street", "Reading", "Berkshire", "RG1 1AA", "GB", "+44 118 000 0000", "+44 118 000 0001",
                "safety@pvcoder.example");
        Study study = new Study(List.of(new Study.Registration("EudraCT 2023-000001-11", "GB"),
                new Study.Registration("NCT01234567", "US")), "A study of cardiozol in heart failure", "PVC-001",
                StudyType.CLINICAL_TRIAL);
        Patient patient = new Patient("J.D.", "1956-07-14", new BigDecimal("67"), TimeUnit.YEAR, AgeGroup.ELDERLY,
                new BigDecimal("82.5"), new BigDecimal("178"), Sex.MALE, null,
                List.of(new MedicalHistoryEntry("high blood pressure", "26.1", "10020772", "2010", true, null,
                                "treated with diet", false, null),
                        new MedicalHistoryEntry(null, "26.1", "10012601", "2015-05", null, "2019-02", null, true, null)),
                "Smoker for 20 years",
                List.of(new PastDrug("Aspirin", "2018-01", "2019-06", "26.1", "10028596", "26.1", "10000060")),
                new Death("2024-03-10", List.of(new Death.Cause("26.1", "10007515", "Cardiac arrest")), true,
                        List.of(new Death.Cause("26.1", "10028596", "Myocardial infarction"))));
        Reaction.Seriousness fatal = new Reaction.Seriousness(true, true, true, false, false, false);
        Reaction arrest = new Reaction(REACTION_1, "heart stopped", "eng", "Cardiac arrest", "26.1", "10007515",
                TermHighlighted.HIGHLIGHTED_SERIOUS, fatal, "2024-03-09T22:15", "2024-03-10", new BigDecimal("2"),
                TimeUnit.HOUR, Outcome.FATAL, true, "GB", null);
        Reaction rash = new Reaction(REACTION_2, "red itchy skin", "eng", null, "26.1", "10037844",
                TermHighlighted.NOT_HIGHLIGHTED_NOT_SERIOUS, new Reaction.Seriousness(false, false, false, false, false, false),
                "2024-03", null, null, null, Outcome.RECOVERED, false, "GB", null);
        List<TestResult> tests = List.of(
                new TestResult("2024-03-09", "Troponin", "26.1", "10058267", TestResultCode.POSITIVE, "4.5", "ng/mL", null,
                        "0", "0.04", "taken in A&E", true),
                new TestResult("2024-03-09", "Potassium", null, null, null, "<3.5", "mmol/L", "low", null, null, null, null),
                new TestResult("2024", "ECG", null, null, TestResultCode.BORDERLINE, null, null, "ST elevation", null, null, null,
                        false));
        Drug suspect = new Drug("d1", DrugRole.SUSPECT, "2.1", "MPID-123", "Cardiozol 10 mg tablets",
                List.of(new Drug.Substance("cardiozol hydrochloride", "1.0", "SUB-9", new BigDecimal("10"), "mg")), "GB",
                "PL 12345/0001", "GB", "PV Coder Pharma Ltd",
                List.of(new Dosage(new BigDecimal("10"), "mg", new BigDecimal("1"), TimeUnit.DAY, "2024-01-15", "2024-03-09",
                                new BigDecimal("55"), TimeUnit.DAY, "LOT-42", "10 mg once daily", "Tablet", "Oral", "2.2", "20053000"),
                        new Dosage(new BigDecimal("5"), "mg", null, null, "2024-03-09", null, null, null, null, null, null, null)),
                new BigDecimal("550"), "mg",
                List.of(new Indication("heart failure", "26.1", "10019279", null)),
                ActionTaken.DRUG_WITHDRAWN,
                List.of(new DrugReaction(REACTION_1, List.of(new DrugReaction.Relatedness("Reporter", "Global introspection", "Related"),
                                new DrugReaction.Relatedness("Sponsor", "WHO-UMC", "Probable")),
                                new BigDecimal("54"), TimeUnit.DAY, new BigDecimal("3"), TimeUnit.HOUR, Recurrence.NO_RECHALLENGE),
                        new DrugReaction(REACTION_2, List.of(new DrugReaction.Relatedness("Reporter", "Global introspection", "Not related")),
                                null, null, null, null, null)),
                "Taken with food");
        Drug concomitant = new Drug("d2", DrugRole.CONCOMITANT, null, "Ramipril", List.of(), null, null, null, List.of(),
                null, null, List.of(new Indication("hypertension", null, null, null)), ActionTaken.DOSE_NOT_CHANGED, List.of(), null);
        Narrative narrative = new Narrative("A 67-year-old man on cardiozol had a cardiac arrest and died.", "Reporter thinks it is related",
                List.of(new Narrative.Diagnosis("26.1", "10007515")), "Sender agrees",
                List.of(new Narrative.Summary("Un homme de 67 ans ...", "fra")));
        return new CaseReport(report, List.of(reporter, pharmacist), sender,
                List.of(new LiteratureReference("Smith A. Cardiac arrest on cardiozol. BMJ 2024;1:1-2.")), study, patient,
                List.of(arrest, rash), tests, List.of(suspect, concomitant), narrative);
    }
}
