package org.pvcoder.icd10.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
class Icd10SecurityTest {

    @Test
    @TestSecurity(user = "vera", roles = "viewer")
    void aViewerCannotLoadOrActivate() {
        given().contentType("application/json").body("{\"path\": \"/tmp\"}")
                .when().post("/api/icd10/releases")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/zip").body(new byte[] {1, 2, 3})
                .when().post("/api/icd10/releases")
                .then().statusCode(403);
        given().when().put("/api/icd10/releases/ICD-10-CM/2025-starter/active").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "cody", roles = {"coder", "reviewer"})
    void aCoderCannotLoadEither() {
        given().contentType("application/json").body("{\"path\": \"/tmp\"}")
                .when().post("/api/icd10/releases")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ivy", roles = "intake")
    void everyRoleCanBrowse() {
        given().when().get("/api/icd10/codes/I10").then().statusCode(200);
        given().when().get("/api/icd10/search?q=migraine").then().statusCode(200);
        given().when().get("/api/icd10/releases").then().statusCode(200);
    }

    @Test
    void anonymousCannotBrowse() {
        given().when().get("/api/icd10/codes/I10").then().statusCode(401);
    }
}
