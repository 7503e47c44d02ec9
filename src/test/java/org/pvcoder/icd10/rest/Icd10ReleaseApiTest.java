package org.pvcoder.icd10.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.icd10.Icd10ActivationRecorder;
import org.pvcoder.icd10.Icd10Fixtures;
import org.pvcoder.icd10.Icd10TerminologySource;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.TermSynonyms;
import org.pvcoder.terminology.Terminology;
import org.pvcoder.terminology.TerminologyActivated;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading, listing and activating releases over REST; versions side by side; the terminology the coder gets. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class Icd10ReleaseApiTest {

    @TempDir
    Path dir;
    @Inject
    Icd10ActivationRecorder recorder;
    @Inject
    Icd10TerminologySource source;

    @AfterEach
    void reactivateTheStarter() {
        given().when().put("/api/icd10/releases/ICD-10-CM/2025-starter/active").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse load(Path path) {
        return given().contentType("application/json").body(Map.of("path", path.toString()))
                .when().post("/api/icd10/releases").then();
    }

    @Test
    void loadsAFullCmDistributionWithAReport() throws Exception {
        Icd10Fixtures.orderFile(dir, "2031");
        Icd10Fixtures.write(dir.resolve("icd10cm_tabular_2031.xml"), Icd10Fixtures.tabularXml("2031"));
        Icd10Fixtures.write(dir.resolve("icd10cm_index_2031.xml"), Icd10Fixtures.indexXml("2031"));
        Icd10Fixtures.write(dir.resolve("README.txt"), "not part of the release");
        load(dir).statusCode(201)
                .header("Location", containsString("/api/icd10/releases/ICD-10-CM/2031"))
                .body("edition", equalTo("ICD-10-CM"))
                .body("version", equalTo("2031"))
                .body("files", contains("icd10cm_order_2031.txt", "icd10cm_tabular_2031.xml", "icd10cm_index_2031.xml"))
                .body("counts.chapters", equalTo(4))
                .body("counts.blocks", equalTo(3))
                .body("counts.codes", equalTo(12))
                .body("counts.billable", equalTo(7))
                .body("counts.notes", equalTo(8))
                .body("counts.synonyms", equalTo(9));
        given().when().get("/api/icd10/codes/E11?version=2031").then().statusCode(200)
                .body("path.code", contains("4", "E08-E13", "E11"))
                .body("path.level", contains("chapter", "block", "category"))
                .body("path[1].title", equalTo("Diabetes mellitus"))
                .body("notes.kind", contains("inclusion", "inclusion", "use_additional_code", "excludes1"))
                .body("synonyms", contains("T2DM", "diabetes (mellitus) due to insulin secretory defect",
                        "insulin resistant diabetes (mellitus)"));
        given().when().get("/api/icd10/search?q=high blood pressure&version=2031").then().statusCode(200)
                .body("hits[0].code", equalTo("I10"))
                .body("hits[0].match", equalTo("exact"))
                .body("hits[0].matchedName", equalTo("high blood pressure"));
        load(dir).statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("ICD-10-CM 2031 is already loaded"));
    }

    @Test
    void twoVersionsSideBySideAndActivation() throws Exception {
        Path v1 = Files.createDirectories(dir.resolve("a"));
        Path v2 = Files.createDirectories(dir.resolve("b"));
        Icd10Fixtures.orderFile(v1, "2032");
        Icd10Fixtures.orderFile(v2, "2033");
        Icd10Fixtures.setLine(v2.resolve("icd10cm_order_2033.txt"), 7,
                Icd10Fixtures.orderLine(7, "I10", true, "Essential hypertension, renamed in 2033"));
        load(v1).statusCode(201);
        load(v2).statusCode(201);
        given().when().get("/api/icd10/codes/I10?version=2032").then().body("title", equalTo("Essential (primary) hypertension"));
        given().when().get("/api/icd10/codes/I10?edition=ICD-10-CM&version=2033").then()
                .body("title", equalTo("Essential hypertension, renamed in 2033"));
        given().when().get("/api/icd10/codes/I10").then().body("version", equalTo("2025-starter"));

        int before = recorder.events().size();
        given().when().put("/api/icd10/releases/ICD-10-CM/2033/active").then().statusCode(200)
                .body("active", equalTo(true)).body("version", equalTo("2033"));
        assertEquals(new TerminologyActivated("icd10", "2033"), recorder.events().get(before));
        given().when().get("/api/icd10/codes/I10").then().body("version", equalTo("2033"));
        given().when().get("/api/icd10/releases").then()
                .body("findAll { it.active && it.edition == 'ICD-10-CM' }.version", contains("2033"))
                .body("version", hasItem("2032"));

        Terminology active = source.active().orElseThrow();
        assertEquals("2033", active.version());
        assertEquals(12, active.terms().size());
        assertTrue(active.terms().contains(new CodableTerm("E11.9", "Type 2 diabetes mellitus without complications", true,
                "E11", "Type 2 diabetes mellitus")));
        assertTrue(active.terms().contains(new CodableTerm("J45.90", "Unspecified asthma", false, "J45", "Asthma")));
        assertEquals("2032", source.version("2032").orElseThrow().version());
        given().when().put("/api/icd10/releases/ICD-10-CM/1999/active").then().statusCode(404);
    }

    @Test
    void theCoderGetsSynonymsAndTheCodingEditionStaysActiveWhenWhoIsActivated() throws Exception {
        Path cm = Files.createDirectories(dir.resolve("cm"));
        Icd10Fixtures.orderFile(cm, "2034");
        Icd10Fixtures.write(cm.resolve("icd10cm_index_2034.xml"), Icd10Fixtures.indexXml("2034"));
        load(cm).statusCode(201).body("counts.synonyms", equalTo(5));
        Terminology terminology = source.version("2034").orElseThrow();
        Map<String, List<String>> synonyms = assertInstanceOf(TermSynonyms.class, terminology).synonyms();
        assertEquals(List.of("Diabetes, diabetic type 2 with hyperglycemia"), synonyms.get("E11.65"));
        assertEquals(4, synonyms.size());

        Path who = Icd10Fixtures.write(dir.resolve("who/icd102019en.xml"), Icd10Fixtures.claml("2019"));
        load(who).statusCode(201)
                .body("edition", equalTo("WHO")).body("version", equalTo("2019"))
                .body("counts.codes", equalTo(13)).body("counts.billable", equalTo(10));
        given().when().put("/api/icd10/releases/WHO/2019/active").then().statusCode(200);
        given().when().get("/api/icd10/codes/E10.0?edition=WHO").then().statusCode(200)
                .body("title", equalTo("Type 1 diabetes mellitus, with coma"))
                .body("path.code", contains("IV", "E10-E14", "E10", "E10.0"))
                .body("synonyms", contains("Diabetic coma with or without ketoacidosis"));
        given().when().get("/api/icd10/codes/A00.0?version=WHO/2019").then().statusCode(200)
                .body("path.code", contains("I", "A00-B99", "A00-A09", "A00", "A00.0"));
        assertEquals("2025-starter", source.active().orElseThrow().version(), "coding keeps the ICD-10-CM release");
    }

    @Test
    void uploadsAZipOrOneNamedFile() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("release/icd10cm_order_2035.txt"));
            out.write(Files.readAllBytes(Icd10Fixtures.orderFile(dir, "2035")));
            out.closeEntry();
        }
        given().contentType("application/zip").body(zip.toByteArray()).when().post("/api/icd10/releases").then()
                .statusCode(201).body("version", equalTo("2035")).body("counts.codes", equalTo(12));
        given().contentType("text/plain").body(Files.readAllBytes(Icd10Fixtures.orderFile(dir, "2036")))
                .queryParam("filename", "icd10cm_order_2036.txt")
                .when().post("/api/icd10/releases").then()
                .statusCode(201).body("version", equalTo("2036"));
        given().contentType("text/plain").body("anything").when().post("/api/icd10/releases").then()
                .statusCode(400).body("errors[0].pointer", equalTo("filename"));
        given().contentType("text/plain").body(Files.readAllBytes(Icd10Fixtures.orderFile(dir, "x")))
                .queryParam("filename", "icd10cm_order_x.txt").queryParam("version", "2037-custom")
                .when().post("/api/icd10/releases").then()
                .statusCode(201).body("version", equalTo("2037-custom")).body("source", startsWith("/"));
    }
}
