package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** With nothing configured and an empty database, the demonstration dictionary is loaded and activated at start. */
@QuarkusTest
class MeddraDemoReleaseTest {

    @Test
    @TestSecurity(user = "vera", roles = "viewer")
    void demoIsLoadedAndActiveWithEveryRowOfItsFiles() {
        // counts from `grep -c . meddra/*.asc`; paths = mdhier.asc rows
        given().when().get("/api/meddra/releases/0.1")
                .then().statusCode(200)
                .body("language", equalTo("English"))
                .body("active", equalTo(true))
                .body("counts.soc", equalTo(27))
                .body("counts.hlgt", equalTo(100))
                .body("counts.hlt", equalTo(171))
                .body("counts.pt", equalTo(261))
                .body("counts.llt", equalTo(1142))
                .body("counts.paths", equalTo(272))
                .body("counts.smq", equalTo(4))
                .body("counts.smqTerms", equalTo(33))
                .body("absentFiles.size()", equalTo(0));
        given().when().get("/api/meddra/releases")
                .then().statusCode(200)
                .body("findAll { it.active }.version", equalTo(java.util.List.of("0.1")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void loadingAVersionAlreadyLoadedIsAConflict() {
        given().contentType("application/json").body("{\"path\": \"meddra\"}")
                .when().post("/api/meddra/releases")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("MedDRA 0.1 English is already loaded"));
        given().when().get("/api/meddra/releases")
                .then().body("version", hasItem("0.1"))
                .body("findAll { it.version == '0.1' }.size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownServerPathIsRefused() {
        given().contentType("application/json").body("{\"path\": \"/no/such/release\"}")
                .when().post("/api/meddra/releases")
                .then().statusCode(422)
                .body("detail", startsWith("No MedDRA release at /no/such/release"));
    }
}
