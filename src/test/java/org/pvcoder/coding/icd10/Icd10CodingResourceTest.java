package org.pvcoder.coding.icd10;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drug indications coded to ICD-10 (the starter subset) through POST /api/coding/icd10. */
@QuarkusTest
@TestSecurity(user = "coder", roles = "coder")
class Icd10CodingResourceTest {

    private static final String STARTER = "2025-starter";

    private static JsonPath code(List<String> verbatims) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", verbatims, "version", STARTER))
                .when().post("/api/coding/icd10")
                .then().statusCode(200)
                .body("system", equalTo("icd10"))
                .body("version", equalTo(STARTER))
                .body("results", hasSize(verbatims.size()))
                .extract().jsonPath();
    }

    private static void expectTopCodes(Map<String, String> expected) {
        List<String> verbatims = new ArrayList<>(expected.keySet());
        JsonPath json = code(verbatims);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < verbatims.size(); i++) {
            String got = json.getString("results[" + i + "].candidates[0].code");
            String want = expected.get(verbatims.get(i));
            if (got == null || !(want.endsWith("*") ? got.startsWith(want.substring(0, want.length() - 1)) : got.equals(want))) {
                wrong.add(verbatims.get(i) + " → " + got + " (want " + want + ")");
            }
        }
        assertTrue(wrong.isEmpty(), "wrongly coded: " + wrong);
    }

    @Test
    void indicationAbbreviationsAreCoded() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("HTN", "I10");
        expected.put("T2DM", "E11.9");
        expected.put("T1DM", "E10.9");
        expected.put("DM", "E11.9");
        expected.put("AF", "I48.91");
        expected.put("AFib", "I48.91");
        expected.put("RA", "M06.9");
        expected.put("COPD", "J44.9");
        expected.put("GAD", "F41.1");
        expected.put("GERD", "K21.9");
        expected.put("GORD", "K21.9");
        expected.put("BPH", "N40.0");
        expected.put("CHF", "I50.9");
        expected.put("CKD", "N18.9");
        expected.put("UC", "K51.90");
        expected.put("MS", "G35");
        expected.put("ADHD", "F90.9");
        expected.put("UTI", "N39.0");
        expected.put("HIV", "B20");
        expected.put("CAD", "I25.10");
        expected.put("hyperchol", "E78.00");
        expectTopCodes(expected);
    }

    @Test
    void layTermsAreCoded() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sugar", "E11.9");
        expected.put("sugar diabetes", "E11.9");
        expected.put("water tablets for blood pressure", "I10");
        expected.put("heart burn", "R12");
        expected.put("high cholesterol", "E78.00");
        expected.put("thyroid", "E03.9");
        expected.put("blood thinner for AF", "I48.91");
        expectTopCodes(expected);
    }

    @Test
    void prophylaxisAndTreatmentPhrasingCodesTheCondition() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("prevention of migraine", "G43.909");
        expected.put("migraine prophylaxis", "G43.909");
        expected.put("stroke prevention in AF", "I48.91");
        expected.put("treatment of hypertension", "I10");
        expected.put("smoking cessation", "F17.200");
        expected.put("contraception", "Z30*");
        expectTopCodes(expected);
    }

    @Test
    void phrasesNamingNoConditionAreNotCodable() {
        List<String> verbatims = List.of("off label", "unknown", "unknown indication", "prophylaxis",
                "product used for unknown indication", "not reported", "Off-label use");
        JsonPath json = code(verbatims);
        for (int i = 0; i < verbatims.size(); i++) {
            assertEquals("NOT_CODABLE", json.getString("results[" + i + "].decision"), verbatims.get(i));
        }
    }

    @Test
    void aCategoryAloneGivesItsUnspecifiedBillableChildAndNeverANonBillableCode() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("type 2 diabetes", "E11.9");
        expected.put("Type 2 diabetes mellitus", "E11.9");
        expected.put("migraine", "G43.909");
        expected.put("atrial fibrillation", "I48.91");
        expected.put("nicotine dependence", "F17.200");
        expectTopCodes(expected);
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("type 2 diabetes with hyperglycemia", "diabetes", "asthma", "gout"),
                        "version", STARTER))
                .when().post("/api/coding/icd10")
                .then().statusCode(200)
                .body("results[0].candidates[0].code", equalTo("E11.65"))
                .body("results.candidates.flatten().billable", everyItem(equalTo(true)));
    }

    @Test
    void candidatesCarryCodeTitleBillableAndPath() {
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("T2DM"), "version", STARTER))
                .when().post("/api/coding/icd10")
                .then().statusCode(200)
                .body("results[0].candidates[0].code", equalTo("E11.9"))
                .body("results[0].candidates[0].title", equalTo("Type 2 diabetes mellitus without complications"))
                .body("results[0].candidates[0].billable", equalTo(true))
                // the starter subset has no tabular file, so no block between chapter and category
                .body("results[0].candidates[0].path.level", contains("chapter", "category", "code"))
                .body("results[0].candidates[0].path[1].code", equalTo("E11"))
                .body("results[0].candidates[0].path[2].code", equalTo("E11.9"))
                .body("results[0].candidates[0].path[0].code", equalTo("4"));
    }
}
