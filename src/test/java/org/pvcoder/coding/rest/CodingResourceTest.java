package org.pvcoder.coding.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.pvcoder.coding.fixture.FixtureTerminologyProfile.class)
@TestSecurity(user = "coder", roles = "coder")
class CodingResourceTest {

    @Test
    void codesVerbatimsInInputOrderAndExplainsEach() {
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("tummy ache", "BP increased", "Hypokalaemia", "", "CANT SLEEP")))
                .when().post("/api/coding/meddra")
                .then().statusCode(200)
                .body("version", equalTo("1.0"))
                .body("results", hasSize(5))
                .body("results[0].verbatim", equalTo("tummy ache"))
                .body("results[0].pt.name", equalTo("Abdominal pain"))
                .body("results[0].normalized", equalTo("abdominal pain"))
                .body("results[1].llt.code", equalTo("10000060"))
                .body("results[2].stage", equalTo("EXACT"))
                .body("results[2].decision", equalTo("AUTO_CODED"))
                .body("results[2].confidence", notNullValue())
                .body("results[2].candidates[0].score", notNullValue())
                .body("results[3].decision", equalTo("NOT_CODABLE"))
                .body("results[4].pt.name", equalTo("Insomnia"))
                .body("results[4].candidates.size()", lessThanOrEqualTo(10));
    }

    @Test
    void anyScriptOrEmojiIsAnsweredNotFailed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("头痛", "🤢🤮", "مرض", "\u0000\u0007 ctrl")))
                .when().post("/api/coding/meddra")
                .then().statusCode(200)
                .body("results", hasSize(4))
                .body("results[1].decision", equalTo("NOT_CODABLE"));
    }

    @Test
    void aVerbatimOverAThousandCharactersIsRejectedByPosition() {
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("rash", "x".repeat(1001))))
                .when().post("/api/coding/meddra")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("validation-failed"))
                .body("errors[0].pointer", equalTo("/verbatims/1"));
    }

    @Test
    void aBatchOverTenThousandIsRejected() {
        List<String> many = new ArrayList<>(Collections.nCopies(10_001, "rash"));
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", many))
                .when().post("/api/coding/meddra")
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("/verbatims"));
    }

    @Test
    void aMissingListIsRejected() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/coding/meddra")
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("/verbatims"));
    }

    @Test
    void anOlderOrNewerReleaseCanBeAskedFor() {
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("Throat numbness sensation"), "version", "2.0"))
                .when().post("/api/coding/meddra")
                .then().statusCode(200)
                .body("version", equalTo("2.0"))
                .body("results[0].stage", equalTo("EXACT"));
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("rash"), "version", "9.9"))
                .when().post("/api/coding/meddra")
                .then().statusCode(404);
    }

    @Test
    void aSystemWithoutActiveReleaseAnswersConflict() {
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("asthma")))
                .when().post("/api/coding/icd10-test")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownSystemAnswersNotFound() {
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("asthma")))
                .when().post("/api/coding/snomed")
                .then().statusCode(404);
    }

    @Test
    void codesACsvLineListingAndAppendsTheCodingColumns() {
        String csv = "case_id,verbatim\nC1,tummy ache\nC2,\"rash, itchy\"\nC3,\n";
        String answer = given().contentType("text/csv").body(csv)
                .when().post("/api/coding/meddra")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        List<String> lines = answer.lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals(4, lines.size());
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(0).startsWith("case_id,verbatim,normalized,decision,confidence,stage,llt_code,llt_name,pt_code,pt_name"));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).startsWith("C1,tummy ache,abdominal pain,"));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(3).contains("NOT_CODABLE"));
    }

    @Test
    void aCsvColumnCanBeNamed() {
        given().contentType("text/csv").queryParam("column", "reaction").body("reaction\nheadache\n")
                .when().post("/api/coding/meddra")
                .then().statusCode(200).body(containsString("Headache"));
        given().contentType("text/csv").body("reaction\nheadache\n")
                .when().post("/api/coding/meddra")
                .then().statusCode(400).body("errors[0].pointer", equalTo("column"));
    }

    @Test
    void aKnownReporterChangesTheConfidenceNotTheCoding() {
        float professional = codedAs("HEALTH_PROFESSIONAL").path("results[0].confidence");
        float consumer = codedAs("CONSUMER").path("results[0].confidence");
        float unspecified = codedAs(null).path("results[0].confidence");
        org.junit.jupiter.api.Assertions.assertTrue(consumer < unspecified && unspecified < professional,
                consumer + " / " + unspecified + " / " + professional);
        List<String> consumerCandidates = codedAs("CONSUMER").path("results[0].candidates.llt.code");
        List<String> professionalCandidates = codedAs("HEALTH_PROFESSIONAL").path("results[0].candidates.llt.code");
        org.junit.jupiter.api.Assertions.assertEquals(professionalCandidates, consumerCandidates);
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> codedAs(String reporter) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("verbatims", List.of("sharp chest pain")));
        if (reporter != null) {
            body.put("reporter", reporter);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/coding/meddra")
                .then().statusCode(200).body("results[0].pt.name", equalTo("Chest pain")).extract();
    }

    @Test
    void anUnknownReporterIsRefusedByName() {
        given().contentType(ContentType.JSON).body(Map.of("verbatims", List.of("rash"), "reporter", "NURSE"))
                .when().post("/api/coding/meddra")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/reporter"))
                .body("errors[0].message", containsString("CONSUMER"));
        given().contentType("text/csv").queryParam("reporter", "nurse").body("verbatim\nheadache\n")
                .when().post("/api/coding/meddra")
                .then().statusCode(400).body("errors[0].pointer", equalTo("reporter"))
                .body("errors[0].message", containsString("HEALTH_PROFESSIONAL"));
        given().contentType("text/csv").queryParam("reporter", "consumer").body("verbatim\nheadache\n")
                .when().post("/api/coding/meddra")
                .then().statusCode(200).body(containsString("Headache"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void viewersMayNotCode() {
        given().contentType(ContentType.JSON).body(Map.of("verbatims", List.of("rash")))
                .when().post("/api/coding/meddra")
                .then().statusCode(403);
    }
}
