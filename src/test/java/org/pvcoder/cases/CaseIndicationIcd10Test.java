package org.pvcoder.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.EngineRegistry;
import org.pvcoder.support.CaseBodies;
import org.pvcoder.support.TestUsers;
import org.pvcoder.users.UserService;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Drug indications are coded to ICD-10 beside MedDRA; unsure ICD-10 codings become review tasks of terminology icd10. */
@QuarkusTest
class CaseIndicationIcd10Test {

    @Inject
    UserService users;
    @Inject
    EngineRegistry engines;

    @BeforeEach
    void setUp() throws Exception {
        TestUsers.ensure(users);
        // other tests of this application may activate another ICD-10 release: code against the starter subset
        TestUsers.as("admin").put("/api/icd10/releases/ICD-10-CM/2025-starter/active").then().statusCode(200);
        engines.rebuild("icd10").get();
    }

    private static String caseWithIndications(String id, String... indications) {
        String list = String.join(",", java.util.Arrays.stream(indications).map(v -> "{\"verbatim\": \"" + v + "\"}").toList());
        return """
                {"report": {"safetyReportId": "%s", "reportType": "SPONTANEOUS", "firstReceivedDate": "2026-03-02",
                            "mostRecentReceivedDate": "2026-03-02"},
                 "primarySources": [{"qualification": "CONSUMER", "country": "US"}],
                 "sender": {"type": "PHARMACEUTICAL_COMPANY", "organisation": "Example Pharma Inc."},
                 "reactions": [{"verbatim": "headache"}],
                 "drugs": [{"role": "SUSPECT", "productName": "Examplopril 10 mg tablets", "indications": [%s]}]}
                """.formatted(id, list);
    }

    @Test
    void hypertensionIndicationGetsMeddraAndIcd10OnTheCase() {
        long caseId = CaseBodies.create(caseWithIndications("IC10-HTN", "Essential (primary) hypertension"));
        JsonPath json = TestUsers.as("viewer").get("/api/cases/" + caseId).then().statusCode(200)
                .body("case.drugs[0].indications[0].verbatim", equalTo("Essential (primary) hypertension"))
                .body("case.drugs[0].indications[0].icd10Code", equalTo("I10"))
                .body("case.drugs[0].indications[0].icd10Version", equalTo("2025-starter"))
                .body("case.drugs[0].indications[0].icd10Coding.status", equalTo("AUTO_CODED"))
                .body("case.drugs[0].indications[0].icd10Coding.ptCode", equalTo("I10"))
                .body("case.drugs[0].indications[0].coding", notNullValue())
                .extract().jsonPath();
        // MedDRA coding of the same indication, as the demo dictionary allows
        String lltCode = json.getString("case.drugs[0].indications[0].lltCode");
        String meddraStatus = json.getString("case.drugs[0].indications[0].coding.status");
        if ("AUTO_CODED".equals(meddraStatus)) {
            assertNotNull(lltCode);
        }
    }

    @Test
    void unsureIcd10IndicationBecomesAnIcd10TaskWhoseAcceptanceCodesTheIndication() {
        String vague = "tablets for my ticker and my pressure readings";
        long caseId = CaseBodies.create(caseWithIndications("IC10-TASK", vague));
        TestUsers.as("viewer").get("/api/cases/" + caseId).then().statusCode(200)
                .body("case.drugs[0].indications[0].icd10Coding.status", equalTo("NEEDS_REVIEW"))
                .body("case.drugs[0].indications[0].icd10Code", nullValue());
        JsonPath tasks = TestUsers.as("coder").queryParam("caseId", caseId).queryParam("terminology", "icd10")
                .get("/api/review/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(1, tasks.getInt("total"));
        assertEquals("icd10", tasks.getString("items[0].terminology"));
        assertEquals("/drugs/0/indications/0", tasks.getString("items[0].itemRef"));
        long taskId = tasks.getLong("items[0].id");
        TestUsers.as("coder").contentType(ContentType.JSON).header("X-Change-Reason", "Coded in review")
                .body(Map.of("action", "ACCEPT", "lltCode", "I10"))
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(200)
                .body("status", equalTo("CODED"));
        TestUsers.as("viewer").get("/api/cases/" + caseId).then().statusCode(200)
                .body("case.drugs[0].indications[0].icd10Code", equalTo("I10"))
                .body("case.drugs[0].indications[0].icd10Version", equalTo("2025-starter"))
                .body("case.drugs[0].indications[0].icd10Coding.status", equalTo("HUMAN_CODED"))
                .body("case.drugs[0].indications[0].icd10Coding.codedBy", equalTo("coder"));
    }
}
