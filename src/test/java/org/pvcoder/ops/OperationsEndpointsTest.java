package org.pvcoder.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthIncludesTheDatabase() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        RestAssured.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        RestAssured.get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void openApiDescribesTheCaseEndpoints() {
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/cases'.post.summary", equalTo("Create a case"))
                .body("paths.'/api/cases/{id}'.put.summary", equalTo("Follow up a case (new version)"))
                .body("paths.'/api/cases'.post.requestBody.content.'application/json'.examples.minimal.value",
                        containsString("safetyReportId"))
                .body("paths.'/api/cases'.post.requestBody.content.'application/json'.examples.full.value",
                        containsString("reactionAssessments"));
    }

    @Test
    void unknownPathIsProblemJson() {
        RestAssured.get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
