package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * pv.meddra.release set and an empty database: that release is loaded and activated at start, the demo is not.
 * Uses an H2 database of its own, so it does not run in the PostgreSQL suite.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*pg.*")
@TestProfile(MeddraConfiguredReleaseTest.ConfiguredRelease.class)
@TestSecurity(user = "vera", roles = "viewer")
class MeddraConfiguredReleaseTest {

    public static class ConfiguredRelease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pv.meddra.release", "../shared/meddra-dev/dict",
                    // a database of its own, empty at start
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:meddra_configured;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void configuredReleaseIsLoadedAndActivated() {
        assumeTrue(Files.isDirectory(Path.of("../shared/meddra-dev/dict")), "../shared/meddra-dev/dict is not here");
        given().when().get("/api/meddra/releases")
                .then().statusCode(200)
                .body("version", equalTo(List.of("0.0")))
                .body("[0].active", equalTo(true))
                .body("[0].counts.llt", equalTo(20454));
        given().when().get("/api/meddra/search?q=abdominal cramps")
                .then().body("version", equalTo("0.0"))
                .body("hits[0].code", equalTo("10000057"));
    }
}
