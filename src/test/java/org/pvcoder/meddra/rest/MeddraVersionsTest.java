package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.meddra.ActivationRecorder;
import org.pvcoder.meddra.MeddraTables;
import org.pvcoder.meddra.ReleaseFixtures;
import org.pvcoder.terminology.TerminologyActivated;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Several versions side by side; activation decides what new coding and the browse API use by default. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class MeddraVersionsTest {

    @TempDir
    Path dir;
    @Inject
    ActivationRecorder recorder;
    @Inject
    MeddraTables tables;

    @AfterEach
    void restoreDemo() throws Exception {
        if (!"0.1".equals(tables.activeVersion())) {
            given().when().put("/api/meddra/releases/0.1/active").then().statusCode(200);
        }
        for (String version : List.of("0.2", "0.3")) {
            given().when().delete("/api/meddra/releases/" + version);
        }
    }

    @Test
    void activationSwitchesWhatSearchAnswers() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "0.2");
        ReleaseFixtures.appendLine(release.resolve("llt.asc"), "90499001$Collywobbles$10000081$$$$$$$Y$$");
        given().contentType("application/json").body(Map.of("path", release.toString()))
                .when().post("/api/meddra/releases")
                .then().statusCode(201)
                .header("Location", equalTo(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                        + "/api/meddra/releases/0.2"))
                .body("version", equalTo("0.2"))
                .body("counts.llt", equalTo(1143));

        // loaded, not active: the active 0.1 does not know the term, 0.2 does when asked
        given().when().get("/api/meddra/search?q=collywobbles")
                .then().body("version", equalTo("0.1")).body("total", equalTo(0));
        given().when().get("/api/meddra/search?q=collywobbles&version=0.2")
                .then().body("version", equalTo("0.2")).body("total", equalTo(1));
        given().when().get("/api/meddra/llt/90499001").then().statusCode(404);

        int eventsBefore = recorder.events().size();
        given().when().put("/api/meddra/releases/0.2/active")
                .then().statusCode(200)
                .body("version", equalTo("0.2"))
                .body("active", equalTo(true));
        assertEquals(new TerminologyActivated("meddra", "0.2"), recorder.events().get(eventsBefore));
        assertEquals(eventsBefore + 1, recorder.events().size());

        given().when().get("/api/meddra/search?q=collywobbles")
                .then().body("version", equalTo("0.2"))
                .body("hits[0].name", equalTo("Collywobbles"))
                .body("hits[0].ptName", equalTo("Abdominal pain"));
        given().when().get("/api/meddra/llt/90499001").then().statusCode(200).body("version", equalTo("0.2"));
        given().when().get("/api/meddra/releases")
                .then().body("findAll { it.active }.version", equalTo(List.of("0.2")))
                .body("version", hasItem("0.1"));

        // the active release cannot be deleted; an inactive one can
        given().when().delete("/api/meddra/releases/0.2").then().statusCode(409);
        given().when().put("/api/meddra/releases/0.1/active").then().statusCode(200);
        given().when().delete("/api/meddra/releases/0.2").then().statusCode(204);
        given().when().get("/api/meddra/search?q=collywobbles&version=0.2").then().statusCode(404);
    }

    @Test
    void activatingAnUnknownVersionIs404() {
        given().when().put("/api/meddra/releases/8.8/active").then().statusCode(404);
    }

    @Test
    void zipAsShippedUploads() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "0.3");
        byte[] zip = Files.readAllBytes(ReleaseFixtures.zip(release, dir.resolve("MedDRA_0_3_English.zip")));
        given().contentType("application/zip").body(zip)
                .when().post("/api/meddra/releases")
                .then().statusCode(201)
                .body("version", equalTo("0.3"))
                .body("counts.llt", equalTo(1142))
                .body("counts.paths", equalTo(272));
        given().contentType("application/zip").body(zip)
                .when().post("/api/meddra/releases")
                .then().statusCode(409)
                .body("type", equalTo("https://pvcoder.org/problems/conflict"));
        given().when().get("/api/meddra/releases")
                .then().body("findAll { it.version == '0.3' }.size()", equalTo(1))
                .body("find { it.version == '0.3' }.active", equalTo(false));
    }
}
