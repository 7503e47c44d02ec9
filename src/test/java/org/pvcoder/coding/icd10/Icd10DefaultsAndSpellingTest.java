package org.pvcoder.coding.icd10;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.Decision;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.fixture.ListedTerminology;
import org.pvcoder.terminology.CodableTerm;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ICD-10 coding rules on a small ICD-10-CM-shaped release written for the test (real codes and titles, a few
 * categories): defaults, core names, headings that stand for themselves, spelling correction, indication phrasing.
 */
class Icd10DefaultsAndSpellingTest {

    private static CodingEngine engine;

    private static void add(List<CodableTerm> t, String code, boolean billable, String title) {
        String category = code.length() > 3 ? code.substring(0, 3) : code;
        String categoryTitle = t.stream().filter(c -> c.code().equals(category)).map(CodableTerm::name).findFirst().orElse(title);
        t.add(new CodableTerm(code, title, billable, category, categoryTitle));
    }

    @BeforeAll
    static void build() {
        List<CodableTerm> t = new ArrayList<>();
        add(t, "C90", false, "Multiple myeloma and malignant plasma cell neoplasms");
        add(t, "C90.0", false, "Multiple myeloma");
        add(t, "C90.00", true, "Multiple myeloma not having achieved remission");
        add(t, "C90.01", true, "Multiple myeloma in remission");
        add(t, "C90.02", true, "Multiple myeloma in relapse");
        add(t, "E66", false, "Overweight and obesity");
        add(t, "E66.3", true, "Overweight");
        add(t, "E66.8", false, "Other obesity");
        add(t, "E66.81", false, "Obesity class");
        add(t, "E66.811", true, "Obesity, class 1");
        add(t, "E66.812", true, "Obesity, class 2");
        add(t, "E66.9", true, "Obesity, unspecified");
        add(t, "G40", false, "Epilepsy and recurrent seizures");
        add(t, "G40.8", false, "Other epilepsy and recurrent seizures");
        add(t, "G40.80", false, "Other epilepsy");
        add(t, "G40.802", true, "Other epilepsy, not intractable, without status epilepticus");
        add(t, "G40.9", false, "Epilepsy, unspecified");
        add(t, "G40.90", false, "Epilepsy, unspecified, not intractable");
        add(t, "G40.901", true, "Epilepsy, unspecified, not intractable, with status epilepticus");
        add(t, "G40.909", true, "Epilepsy, unspecified, not intractable, without status epilepticus");
        add(t, "G40.91", false, "Epilepsy, unspecified, intractable");
        add(t, "G40.919", true, "Epilepsy, unspecified, intractable, without status epilepticus");
        add(t, "I48", false, "Atrial fibrillation and flutter");
        add(t, "I48.0", true, "Paroxysmal atrial fibrillation");
        add(t, "I48.9", false, "Unspecified atrial fibrillation and atrial flutter");
        add(t, "I48.91", true, "Unspecified atrial fibrillation");
        add(t, "I48.92", true, "Unspecified atrial flutter");
        add(t, "K25", false, "Gastric ulcer");
        add(t, "K25.3", true, "Acute gastric ulcer without hemorrhage or perforation");
        add(t, "K25.9", true, "Gastric ulcer, unspecified as acute or chronic, without hemorrhage or perforation");
        add(t, "M06", false, "Other rheumatoid arthritis");
        add(t, "M06.0", false, "Rheumatoid arthritis without rheumatoid factor");
        add(t, "M06.00", true, "Rheumatoid arthritis without rheumatoid factor, unspecified site");
        add(t, "M06.9", true, "Rheumatoid arthritis, unspecified");
        add(t, "R11", false, "Nausea and vomiting");
        add(t, "R11.0", true, "Nausea");
        add(t, "R11.1", false, "Vomiting");
        add(t, "R11.10", true, "Vomiting, unspecified");
        add(t, "R11.11", true, "Vomiting without nausea");
        add(t, "R11.2", true, "Nausea with vomiting, unspecified");
        add(t, "I10", true, "Essential (primary) hypertension");
        add(t, "I12", false, "Hypertensive chronic kidney disease");
        add(t, "I12.0", true, "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease");
        add(t, "I12.9", true, "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease");
        add(t, "N18", false, "Chronic kidney disease (CKD)");
        add(t, "N18.3", false, "Chronic kidney disease, stage 3 (moderate)");
        add(t, "N18.30", true, "Chronic kidney disease, stage 3 unspecified");
        add(t, "N18.9", true, "Chronic kidney disease, unspecified");
        add(t, "E11", false, "Type 2 diabetes mellitus");
        add(t, "E11.4", false, "Type 2 diabetes mellitus with neurological complications");
        add(t, "E11.40", true, "Type 2 diabetes mellitus with diabetic neuropathy, unspecified");
        add(t, "E11.42", true, "Type 2 diabetes mellitus with diabetic polyneuropathy");
        add(t, "E11.9", true, "Type 2 diabetes mellitus without complications");
        add(t, "C50", false, "Malignant neoplasm of breast");
        add(t, "C50.9", false, "Malignant neoplasm of breast of unspecified site");
        add(t, "C50.91", false, "Malignant neoplasm of breast of unspecified site, female");
        add(t, "C50.919", true, "Malignant neoplasm of unspecified site of unspecified female breast");
        add(t, "C79", false, "Secondary malignant neoplasm of other and unspecified sites");
        add(t, "C79.5", false, "Secondary malignant neoplasm of bone and bone marrow");
        add(t, "C79.51", true, "Secondary malignant neoplasm of bone");
        add(t, "C79.8", false, "Secondary malignant neoplasm of other specified sites");
        add(t, "C79.81", true, "Secondary malignant neoplasm of breast");
        add(t, "C34", false, "Malignant neoplasm of bronchus and lung");
        add(t, "C34.9", false, "Malignant neoplasm of unspecified part of bronchus or lung");
        add(t, "C34.90", true, "Malignant neoplasm of unspecified part of unspecified bronchus or lung");
        add(t, "J45", false, "Asthma");
        add(t, "J45.9", false, "Other and unspecified asthma");
        add(t, "J45.90", false, "Unspecified asthma");
        add(t, "J45.901", true, "Unspecified asthma with (acute) exacerbation");
        add(t, "J45.909", true, "Unspecified asthma, uncomplicated");
        engine = EngineFactory.standard(0.85).build(new ListedTerminology("icd10", "test", t));
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    private static String top(String verbatim) {
        CodingResult r = engine.code(verbatim);
        return r.llt() == null ? null : r.llt().code();
    }

    @Test
    void aCategoryNameGoesToTheDefaultThatIsNotInRemissionIntractableOrAcute() {
        assertEquals("C90.00", top("multiple myeloma"));
        assertEquals("G40.909", top("epilepsy"));
        assertEquals("K25.9", top("gastric ulcer"));
    }

    @Test
    void aTitleWithoutItsUnspecifiedPartsIsAName() {
        assertEquals("M06.9", top("rheumatoid arthritis"));
        assertEquals("E66.9", top("obesity"));
    }

    @Test
    void aJoinedHeadingCodesToTheDescendantNamingBothOrStandsForItself() {
        assertEquals("R11.2", top("nausea and vomiting"));
        assertEquals("I48", top("AF/flutter"));
        assertEquals("I48", top("atrial fibrillation and flutter"));
        assertEquals("I48.91", top("atrial fibrillation"));
    }

    @Test
    void misspelledWordsAreCorrected() {
        assertEquals("G40.909", top("epilepsey"));
        assertEquals("J45.909", top("asthama"));
        assertEquals("E11.9", top("diabetis"));
    }

    @Test
    void guidelineCombinationsAndComplicationsAreCoded() {
        assertEquals("I12.9", top("hypertension and CKD"));
        assertEquals("I12.9", top("HTN with CKD stage 4"));
        assertEquals("E11.42", top("T2DM with peripheral neuropathy"));
        assertEquals("E11.9", top("diabetes"));
    }

    @Test
    void oncologyShorthandAndFramingCodeTheMalignancy() {
        assertEquals("C34.90", top("NSCLC"));
        assertEquals("C34.90", top("advanced non small cell lung cancer"));
        assertEquals("C50.919", top("neoadjuvant chemo for ca breast"));
        assertEquals("C79.51", top("bone metastases from prostate cancer"));
        assertEquals("J45.909", top("prophylaxis of asthma"));
    }

    @Test
    void phrasesThatNameNoConditionAreNotCodable() {
        for (String v : List.of("unapproved indication", "clinical trial", "reason not given")) {
            assertEquals(Decision.NOT_CODABLE, engine.code(v).decision(), v);
        }
    }
}
