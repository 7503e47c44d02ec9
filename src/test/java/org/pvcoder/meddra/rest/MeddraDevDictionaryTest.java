package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvcoder.meddra.api.LltSummary;
import org.pvcoder.meddra.read.MeddraLltLookup;
import org.pvcoder.meddra.read.MeddraTerminologySource;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.Terminology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The release-sized development dictionary in ../shared (read in place, never copied): llt.asc, pt.asc, soc.asc only,
 * most PTs without pt_soc_code. Expected counts from `grep -c . ../shared/meddra-dev/dict/*.asc`.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class MeddraDevDictionaryTest {

    static final Path DEV = Path.of("../shared/meddra-dev/dict");

    @Inject
    MeddraTerminologySource terminologies;
    @Inject
    MeddraLltLookup lookup;

    @BeforeEach
    void requireDevDictionary() {
        assumeTrue(Files.isDirectory(DEV), "../shared/meddra-dev/dict is not here");
    }

    @AfterEach
    void deleteIt() {
        given().when().delete("/api/meddra/releases/0.0");
    }

    @Test
    void loadsWithExactCountsAndAnswersWithoutHierarchy() {
        given().contentType("application/json").body(Map.of("path", DEV.toString()))
                .when().post("/api/meddra/releases")
                .then().statusCode(201)
                .body("version", equalTo("0.0"))
                .body("language", equalTo("English"))
                .body("counts.soc", equalTo(26))
                .body("counts.pt", equalTo(19186))
                .body("counts.llt", equalTo(20454))
                .body("counts.hlgt", equalTo(0))
                .body("counts.hlt", equalTo(0))
                .body("counts.paths", equalTo(0))
                .body("counts.smqTerms", equalTo(0))
                .body("absentFiles.size()", equalTo(9))
                .body("absentFiles.find { it.file == 'mdhier.asc' }.meaning",
                        equalTo("primary SOC taken from pt.asc's pt_soc_code; paths stop at the PT"));

        // a PT with pt_soc_code: the primary SOC is known, the path stops at the PT
        given().when().get("/api/meddra/llt/10000057?version=0.0")
                .then().statusCode(200)
                .body("name", equalTo("Abdominal cramps"))
                .body("pt.name", equalTo("Abdominal pain"))
                .body("primaryPath.level", contains("LLT", "PT"))
                .body("primarySoc.name", equalTo("Gastrointestinal disorders"));
        // a PT with an empty pt_soc_code: no primary SOC
        given().when().get("/api/meddra/pt/10000084?version=0.0")
                .then().statusCode(200)
                .body("primarySoc", nullValue())
                .body("paths.size()", equalTo(0));

        Terminology terminology = terminologies.version("0.0").orElseThrow();
        assertEquals("meddra", terminology.system());
        List<CodableTerm> terms = terminology.terms();
        assertEquals(20454, terms.size());
        assertTrue(terms.contains(new CodableTerm("10000057", "Abdominal cramps", true, "10000081", "Abdominal pain")));

        assertEquals(Optional.of(new LltSummary("0.0", "10000057", "Abdominal cramps", true, "10000081", "Abdominal pain")),
                lookup.find("0.0", "10000057"));
        assertEquals(Optional.empty(), lookup.find("0.1", "10000057"), "not in the demo");
    }
}
