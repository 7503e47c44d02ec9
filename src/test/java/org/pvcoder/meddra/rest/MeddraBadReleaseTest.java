package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.pvcoder.common.load.DictionaryTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.meddra.MeddraTables;
import org.pvcoder.meddra.ReleaseFixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every kind of bad input refuses the whole release with file:line and reason, and leaves the database as it was. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class MeddraBadReleaseTest {

    @TempDir
    Path dir;
    @Inject
    MeddraTables tables;
    @Inject
    DictionaryTables dictionaryTables;

    private Map<String, Long> before;

    @BeforeEach
    void countRows() throws Exception {
        before = tables.counts();
    }

    private ValidatableResponse loadRefused(Path release, String pointer, String message) throws Exception {
        return dictionaryTables.loadRefused("/api/meddra/releases", release, MeddraTables.TABLES, before, pointer, message);
    }

    @Test
    void wrongFieldCount() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "9.1");
        ReleaseFixtures.setLine(release.resolve("llt.asc"), 17, "90400999$Too few fields$10028813$");
        loadRefused(release, "llt.asc:17", "has 3 fields, expected 11");
    }

    @Test
    void nonNumericCode() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "9.2");
        ReleaseFixtures.setLine(release.resolve("pt.asc"), 5, "1003566X$Pneumonia$$10021881$$$$$$$$");
        // links are checked only once every file reads cleanly, so the LLTs of that PT are not reported as well
        loadRefused(release, "pt.asc:5", "pt_code '1003566X' is not a numeric code")
                .body("errors.size()", equalTo(1));
    }

    @Test
    void duplicateCode() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "9.3");
        int line = ReleaseFixtures.appendLine(release.resolve("llt.asc"), "90400434$Tummy ache again$10000081$$$$$$$Y$$");
        loadRefused(release, "llt.asc:" + line, "duplicate code 90400434 (first on line");
    }

    @Test
    void lltWhosePtDoesNotExist() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "9.4");
        int line = ReleaseFixtures.appendLine(release.resolve("llt.asc"), "90499999$Orphan term$99999998$$$$$$$Y$$");
        loadRefused(release, "llt.asc:" + line, "PT 99999998 does not exist in pt.asc");
    }

    @Test
    void linkToAMissingTerm() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "9.5");
        int line = ReleaseFixtures.appendLine(release.resolve("hlt_pt.asc"), "90200001$99999997$");
        loadRefused(release, "hlt_pt.asc:" + line, "PT 99999997 does not exist in pt.asc");
    }

    @Test
    void mdhierPathToAMissingSoc() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "9.6");
        ReleaseFixtures.setLine(release.resolve("mdhier.asc"), 1, "10046571$90200001$90100001$99999996$Urinary tract infection"
                + "$Urinary tract infections$Infections - pathogen unspecified$Nowhere$Nw$$10021881$Y$");
        loadRefused(release, "mdhier.asc:1", "SOC 99999996 does not exist in soc.asc");
    }

    @Test
    void fileInTheWrongEncoding() throws Exception {
        // a French release must be UTF-8; this one keeps the Latin-1 bytes of "Ménière's disease" (llt.asc line 360)
        Path release = ReleaseFixtures.demoCopy(dir, "9.7", "French");
        loadRefused(release, "llt.asc:360", "not valid UTF-8");
    }

    @Test
    void utf8FileOfANonEnglishReleaseLoads() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "9.7", "French");
        for (String file : new String[] {"llt.asc", "pt.asc", "mdhier.asc"}) {
            ReleaseFixtures.recode(release.resolve(file), StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8);
        }
        given().contentType("application/json").body(Map.of("path", release.toString()))
                .when().post("/api/meddra/releases")
                .then().statusCode(201)
                .body("language", equalTo("French"));
        given().when().get("/api/meddra/llt/90400273?version=9.7").then().statusCode(200)
                .body("name", equalTo("Ménière's disease"));
        given().when().delete("/api/meddra/releases/9.7").then().statusCode(204);
        assertEquals(before, tables.counts());
    }

    @Test
    void missingRequiredFileIsFoundBeforeAnyParsing() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "9.8");
        Files.delete(release.resolve("pt.asc"));
        ReleaseFixtures.setLine(release.resolve("llt.asc"), 1, "not even a row");
        ValidatableResponse response = loadRefused(release, "pt.asc", "required file is missing");
        response.body("errors.size()", equalTo(1));
    }

    @Test
    void invalidVersion() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "latest");
        loadRefused(release, "meddra_release.asc:1", "version 'latest' is not a MedDRA version");
    }

    @Test
    void brokenZipIsRefused() throws Exception {
        given().contentType("application/zip").body("not a zip".getBytes(StandardCharsets.US_ASCII))
                .when().post("/api/meddra/releases")
                .then().statusCode(422)
                .contentType("application/problem+json");
        assertEquals(before, tables.counts());
    }
}
