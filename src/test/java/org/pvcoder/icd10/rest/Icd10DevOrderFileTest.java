package org.pvcoder.icd10.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvcoder.icd10.Icd10TerminologySource;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.Terminology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The FY2025 order file in ../shared (read in place, never copied). Expected counts from
 * {@code wc -l} (46,498 codes) and {@code awk 'substr($0,15,1)=="1"' | wc -l} (36,030 billable).
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class Icd10DevOrderFileTest {

    static final Path ORDER_2025 = Path.of("../shared/icd10-dev/icd10cm_order_2025.txt");

    @Inject
    Icd10TerminologySource source;

    @BeforeEach
    void requireDevFile() {
        assumeTrue(Files.isRegularFile(ORDER_2025), "../shared/icd10-dev/icd10cm_order_2025.txt is not here");
    }

    @Test
    void loadsAllCodesInSeconds() {
        long millis = given().contentType("application/json").body(Map.of("path", ORDER_2025.toString()))
                .when().post("/api/icd10/releases")
                .then().statusCode(201)
                .body("edition", equalTo("ICD-10-CM"))
                .body("version", equalTo("2025"))
                .body("counts.codes", equalTo(46_498))
                .body("counts.billable", equalTo(36_030))
                .body("counts.chapters", equalTo(22))
                .body("millis", lessThan(60_000))
                .extract().jsonPath().getLong("millis");
        System.out.printf("ICD-10-CM 2025 order file (46,498 codes) loaded in %d ms%n", millis);

        given().when().get("/api/icd10/codes/E11.9?version=2025").then().statusCode(200)
                .body("title", equalTo("Type 2 diabetes mellitus without complications"))
                .body("path.code", contains("4", "E11", "E11.9"));
        given().when().get("/api/icd10/codes/M1A.9XX0?version=2025").then().statusCode(404);
        given().when().get("/api/icd10/search?q=chronic kidney disease stage 3a&version=2025").then().statusCode(200)
                .body("hits[0].code", equalTo("N18.31"));

        Terminology terminology = source.version("2025").orElseThrow();
        assertEquals(46_498, terminology.terms().size());
        assertEquals(36_030, terminology.terms().stream().filter(CodableTerm::current).count());
    }
}
