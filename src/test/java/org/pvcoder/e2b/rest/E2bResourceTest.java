package org.pvcoder.e2b.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Reaction;
import org.pvcoder.e2b.FullCase;
import org.pvcoder.e2b.StoredCases;
import org.pvcoder.e2b.SchemaFixture;
import org.pvcoder.e2b.validation.Finding;

import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "intake", roles = "intake")
class E2bResourceTest {

    @Inject
    StoredCases cases;

    @Test
    void exportsOneCaseAsASchemaValidBatch() {
        long id = cases.save(FullCase.build());
        byte[] xml = given().when().get("/api/cases/{id}/e2b", id)
                .then().statusCode(200).contentType(ContentType.XML)
                .header("Content-Disposition", containsString("PVCODER-"))
                .extract().asByteArray();
        List<Finding> findings = SchemaFixture.batchSchema().validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertEquals(List.of(), findings);
    }

    @Test
    void exportsASelectionAsOneBatch() {
        long first = cases.save(FullCase.build("GB-A-1"));
        long second = cases.save(FullCase.build("GB-A-2"));
        String xml = given().contentType(ContentType.JSON).body(Map.of("caseIds", List.of(first, second)))
                .when().post("/api/e2b/export")
                .then().statusCode(200).header("X-E2B-Messages", "2").extract().asString();
        assertEquals(2, xml.split("<PORR_IN049016UV>", -1).length - 1);
    }

    @Test
    void exportsTheCasesAFilterSelects() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
        cases.save(json.readValue(json.writeValueAsString(FullCase.build("GB-FILTER-1")).replace("Cardiozol", "Filtromab"),
                CaseReport.class));
        String xml = given().contentType(ContentType.JSON)
                .body(Map.of("filter", Map.of("q", "filtromab", "serious", true)))
                .when().post("/api/e2b/export")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(xml.contains("GB-FILTER-1"));
        given().contentType(ContentType.JSON).body(Map.of("filter", Map.of("q", "no such drug anywhere")))
                .when().post("/api/e2b/export").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("caseIds", List.of(1), "filter", Map.of("q", "x")))
                .when().post("/api/e2b/export").then().statusCode(400);
    }

    @Test
    void unknownCaseIs404() {
        given().when().get("/api/cases/{id}/e2b", 987654).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("caseIds", List.of(987654)))
                .when().post("/api/e2b/export").then().statusCode(404);
    }

    @Test
    void caseWithBlockingFindingsIsNotExported() {
        CaseReport full = FullCase.build();
        List<Reaction> reactions = new ArrayList<>(full.reactions());
        Reaction r = reactions.get(1);
        reactions.set(1, new Reaction(r.id(), r.verbatim(), r.verbatimLanguage(), r.translation(), null, r.lltCode(),
                r.termHighlighted(), r.seriousness(), r.startDate(), r.endDate(), r.duration(), r.durationUnit(), r.outcome(),
                r.medicallyConfirmed(), r.country(), r.coding()));
        long id = cases.save(new CaseReport(full.report(), full.primarySources(), full.sender(), full.literature(), full.study(),
                full.patient(), reactions, full.tests(), full.drugs(), full.narrative()));
        given().when().get("/api/cases/{id}/e2b", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.element", hasItem("E.i.2.1a"))
                .body("errors.pointer", hasItem("/reactions/1/meddraVersion"));
    }

    @Test
    void validatesAStoredCase() {
        long id = cases.save(FullCase.build());
        given().contentType(ContentType.JSON).body(Map.of("caseId", id))
                .when().post("/api/e2b/validate")
                .then().statusCode(200).body("valid", is(true)).body("blocking", equalTo(0));
    }

    @Test
    void validatesAnUploadedFile() throws IOException {
        given().contentType(ContentType.XML).body(Files.readAllBytes(SchemaFixture.LITERATURE_EXAMPLE))
                .when().post("/api/e2b/validate")
                .then().statusCode(200).body("valid", is(true))
                .body("findings.ruleId", hasItem("ICH.MEDDRA.VERSION-FORM"));
    }

    @Test
    void importsBothExamplesAndThenTakesAFollowUp() throws IOException {
        // Other tests import the same examples into the shared store, so the first import may already be a follow-up.
        given().contentType(ContentType.XML).body(Files.readAllBytes(SchemaFixture.FAERS_EXAMPLE))
                .when().post("/api/e2b/import")
                .then().statusCode(200).body("rejected", equalTo(0))
                .body("messages[0].status", org.hamcrest.Matchers.anyOf(equalTo("CREATED"), equalTo("UPDATED")))
                .body("messages[0].worldwideUniqueId", equalTo("US-APHARMA-8744554B"));
        byte[] literature = Files.readAllBytes(SchemaFixture.LITERATURE_EXAMPLE);
        int caseId = given().contentType(ContentType.XML).body(literature)
                .when().post("/api/e2b/import")
                .then().statusCode(200).body("rejected", equalTo(0)).body("messages[0].caseId", notNullValue())
                .extract().path("messages[0].caseId");
        int version = cases.version(caseId);
        given().contentType(ContentType.XML).body(literature)
                .when().post("/api/e2b/import")
                .then().statusCode(200).body("updated", equalTo(1)).body("messages[0].status", equalTo("UPDATED"))
                .body("messages[0].caseId", equalTo(caseId));
        assertEquals(version + 1, cases.version(caseId));
        assertEquals("JP-DSJP-DSJ-2009-98765-1", cases.find(caseId).orElseThrow().report().worldwideUniqueId());
        assertEquals("10022617", cases.find(caseId).orElseThrow().reactions().get(0).lltCode());
        assertEquals("15", cases.find(caseId).orElseThrow().reactions().get(0).meddraVersion(), "MedDRA kept as sent");
    }

    @Test
    void invalidMessageInABatchDoesNotLoseTheValidOne() throws IOException {
        String example = Files.readString(SchemaFixture.LITERATURE_EXAMPLE);
        int start = example.indexOf("<PORR_IN049016UV>");
        int end = example.indexOf("</PORR_IN049016UV>") + "</PORR_IN049016UV>".length();
        String message = example.substring(start, end);
        String broken = message.replace("JP-DSJP-DSJ-2009-98765-1", "JP-BROKEN-1")
                .replace("code=\"1\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.11\"", "code=\"9\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.11\"");
        String batch = example.substring(0, end) + broken + example.substring(end);
        given().contentType(ContentType.XML).body(batch)
                .when().post("/api/e2b/import")
                .then().statusCode(200)
                .body("messages.size()", equalTo(2))
                .body("messages[0].status", org.hamcrest.Matchers.anyOf(equalTo("UPDATED"), equalTo("CREATED")))
                .body("messages[1].status", equalTo("REJECTED"))
                .body("messages[1].findings.elementNumber", hasItem("E.i.7"))
                .body("rejected", equalTo(1));
    }

    @Test
    void importAnswersWithAnAcknowledgmentWhenXmlIsAskedFor() throws IOException {
        byte[] ack = given().contentType(ContentType.XML).accept(ContentType.XML)
                .body(Files.readAllBytes(SchemaFixture.FAERS_EXAMPLE))
                .when().post("/api/e2b/import")
                .then().statusCode(200).contentType(ContentType.XML)
                .extract().asByteArray();
        assertEquals(List.of(), SchemaFixture.ackSchema().validate(new StreamSource(new ByteArrayInputStream(ack))));
        String text = new String(ack, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("<acknowledgement typeCode=\"CA\">"), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("extension=\"FAERS2022Scenario1-4069-a2dd-08002b30309d\""), text);
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void viewerMayNotExportOrImport() {
        given().when().get("/api/cases/{id}/e2b", 1).then().statusCode(403);
        given().contentType(ContentType.XML).body("<x/>").when().post("/api/e2b/import").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void reviewerMayValidateButNotImport() throws IOException {
        given().contentType(ContentType.XML).body(Files.readAllBytes(SchemaFixture.LITERATURE_EXAMPLE))
                .when().post("/api/e2b/validate").then().statusCode(200);
        given().contentType(ContentType.XML).body(Files.readAllBytes(SchemaFixture.LITERATURE_EXAMPLE))
                .when().post("/api/e2b/import").then().statusCode(403);
    }
}
