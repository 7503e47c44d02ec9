package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class MeddraSecurityTest {

    @Test
    @TestSecurity(user = "vera", roles = "viewer")
    void aViewerCanBrowse() {
        given().when().get("/api/meddra/llt/90400434").then().statusCode(200).body("name", equalTo("Tummy ache"));
        given().when().get("/api/meddra/socs").then().statusCode(200);
        given().when().get("/api/meddra/search?q=nausea").then().statusCode(200);
        given().when().get("/api/meddra/smqs").then().statusCode(200);
        given().when().get("/api/meddra/releases").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "ivy", roles = "intake")
    void everyRoleCanBrowse() {
        given().when().get("/api/meddra/pt/10028813").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "cody", roles = {"coder", "reviewer"})
    void aNonAdminCannotLoadActivateOrDelete() {
        given().contentType("application/json").body("{\"path\": \"meddra\"}")
                .when().post("/api/meddra/releases")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/zip").body(new byte[] {1, 2, 3})
                .when().post("/api/meddra/releases")
                .then().statusCode(403);
        given().when().put("/api/meddra/releases/0.1/active").then().statusCode(403);
        given().when().delete("/api/meddra/releases/0.1").then().statusCode(403);
    }

    @Test
    void anonymousCannotBrowse() {
        given().when().get("/api/meddra/llt/90400434").then().statusCode(401);
    }
}
