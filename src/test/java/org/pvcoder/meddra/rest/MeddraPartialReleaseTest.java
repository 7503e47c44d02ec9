package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.meddra.ReleaseFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Releases without the optional files: the report says what is absent and the answers do without it. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class MeddraPartialReleaseTest {

    @TempDir
    Path dir;

    @AfterEach
    void deleteReleases() {
        for (String version : List.of("0.4", "0.5")) {
            given().when().delete("/api/meddra/releases/" + version);
        }
    }

    @Test
    void withoutMdhierPathsComeFromTheLinksAndThePrimarySocFromPtSocCode() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "0.4");
        Files.delete(release.resolve("mdhier.asc"));
        given().contentType("application/json").body(Map.of("path", release.toString()))
                .when().post("/api/meddra/releases")
                .then().statusCode(201)
                .body("counts.paths", equalTo(272))
                .body("absentFiles.file", contains("mdhier.asc"))
                .body("absentFiles[0].meaning", equalTo(
                        "primary SOC taken from pt.asc's pt_soc_code; paths built from the link files"));
        given().when().get("/api/meddra/pt/10046571?version=0.4")
                .then().statusCode(200)
                .body("paths.size()", equalTo(2))
                .body("paths[0].primary", equalTo(true))
                .body("paths[0].soc.code", equalTo("10021881"))
                .body("paths[1].primary", equalTo(false))
                .body("paths[1].soc.code", equalTo("10038359"));
    }

    @Test
    void withoutHltFilesPathsStopAtThePt() throws Exception {
        Path release = ReleaseFixtures.demoCopy(dir, "0.5");
        for (String file : List.of("mdhier.asc", "hlt.asc", "hlt_pt.asc", "hlgt_hlt.asc", "smq_list.asc", "smq_content.asc")) {
            Files.delete(release.resolve(file));
        }
        given().contentType("application/json").body(Map.of("path", release.toString()))
                .when().post("/api/meddra/releases")
                .then().statusCode(201)
                .body("counts.hlt", equalTo(0))
                .body("counts.paths", equalTo(0))
                .body("counts.smq", equalTo(0))
                .body("absentFiles.file", contains("hlt.asc", "hlgt_hlt.asc", "hlt_pt.asc", "mdhier.asc",
                        "smq_list.asc", "smq_content.asc"))
                .body("absentFiles.find { it.file == 'hlt.asc' }.meaning", equalTo("no HLTs; paths stop at the PT"))
                .body("absentFiles.find { it.file == 'smq_list.asc' }.meaning", equalTo("no SMQs"));
        given().when().get("/api/meddra/llt/90400434?version=0.5")
                .then().statusCode(200)
                .body("primaryPath.level", contains("LLT", "PT"))
                .body("primarySoc.code", equalTo("10017947"))
                .body("primarySoc.name", equalTo("Gastrointestinal disorders"));
        given().when().get("/api/meddra/smqs?version=0.5").then().statusCode(200).body("smqs.size()", equalTo(0));
    }
}
