package org.pvcoder.coding.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.pvcoder.coding.fixture.FixtureTerminologyProfile.class)
class MemoryResourceTest {

    @Test
    @TestSecurity(user = "rita", roles = "reviewer")
    void importsValidRowsReportsTheOthersByLineAndCodesFromMemory() {
        String csv = """
                verbatim,llt_code
                my head is splitting open,10000040
                wobbly tummy feeling,99999999
                belly gripes,10000003
                ,10000001
                can't feel my throat,10000120
                """;
        given().contentType("text/csv").body(csv)
                .when().post("/api/coding/meddra/memory")
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("rejected", hasSize(3))
                .body("rejected[0].line", equalTo(3))
                .body("rejected[0].message", containsString("99999999"))
                .body("rejected[1].line", equalTo(4))
                .body("rejected[1].message", containsString("not current"))
                .body("rejected[2].line", equalTo(5));

        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("My head is splitting open", "can’t feel my throat")))
                .when().post("/api/coding/meddra")
                .then().statusCode(200)
                .body("results[0].stage", equalTo("MEMORY"))
                .body("results[0].llt.code", equalTo("10000040"))
                .body("results[1].llt.code", equalTo("10000120"));

        given().when().get("/api/coding/meddra/memory")
                .then().statusCode(200)
                .body(containsString("verbatim,llt_code"))
                .body(containsString("my head is splitting open,10000040"));

        given().contentType("text/csv").body(csv)
                .when().post("/api/coding/meddra/memory")
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("alreadyKnown", equalTo(2));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void importsTabSeparatedFiles() {
        given().contentType("text/tab-separated-values").body("verbatim\tllt_code\nitchy all over\t10000100\n")
                .when().post("/api/coding/meddra/memory")
                .then().statusCode(200)
                .body("imported", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aFileWithoutTheColumnsIsRejected() {
        given().contentType("text/csv").body("text,code_x\nrash,1\n")
                .when().post("/api/coding/meddra/memory")
                .then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "coder", roles = "coder")
    void codersMayNotTeachTheMemory() {
        given().contentType("text/csv").body("verbatim,llt_code\nrash,10000090\n")
                .when().post("/api/coding/meddra/memory")
                .then().statusCode(403);
    }
}
