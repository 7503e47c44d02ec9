package org.pvcoder.icd10.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

/** The starter subset is loaded and activated at start (nothing configured, empty database); a viewer browses it. */
@QuarkusTest
@TestSecurity(user = "vera", roles = "viewer")
class Icd10StarterBrowseTest {

    private static final String STARTER = "?edition=ICD-10-CM&version=2025-starter";

    @Test
    void starterIsLoadedAndActive() {
        given().when().get("/api/icd10/releases").then().statusCode(200)
                .body("find { it.version == '2025-starter' }.edition", equalTo("ICD-10-CM"))
                .body("find { it.version == '2025-starter' }.active", equalTo(true))
                .body("find { it.version == '2025-starter' }.counts.codes", equalTo(1064))
                .body("find { it.version == '2025-starter' }.counts.billable", equalTo(561))
                .body("find { it.version == '2025-starter' }.files", contains("icd10cm_order_starter.txt"));
    }

    @Test
    void codeWithOrWithoutItsDotGivesTitlePathAndChildren() {
        for (String code : new String[] {"E11.65", "E1165", "e11.65"}) {
            given().when().get("/api/icd10/codes/" + code + STARTER).then().statusCode(200)
                    .body("code", equalTo("E11.65"))
                    .body("title", equalTo("Type 2 diabetes mellitus with hyperglycemia"))
                    .body("billable", equalTo(true))
                    .body("category.code", equalTo("E11"))
                    .body("category.title", equalTo("Type 2 diabetes mellitus"))
                    .body("path.level", contains("chapter", "category", "code", "code"))
                    .body("path.code", contains("4", "E11", "E11.6", "E11.65"))
                    .body("path[0].title", equalTo("Endocrine, nutritional and metabolic diseases"));
        }
        given().when().get("/api/icd10/codes/E11.6" + STARTER).then().statusCode(200)
                .body("billable", equalTo(false))
                .body("children.code", contains("E11.62", "E11.64", "E11.65", "E11.69"));
    }

    @Test
    void theActiveReleaseIsTheDefault() {
        given().when().get("/api/icd10/codes/I10").then().statusCode(200)
                .body("edition", equalTo("ICD-10-CM"))
                .body("title", equalTo("Essential (primary) hypertension"))
                .body("billable", equalTo(true))
                .body("path.code", contains("9", "I10"));
    }

    @Test
    void searchRanksExactThenPrefixThenWordsWithBillableFirst() {
        given().when().get("/api/icd10/search?q=asthma" + STARTER.replace('?', '&')).then().statusCode(200)
                .body("hits[0].code", equalTo("J45"))
                .body("hits[0].match", equalTo("exact"))
                .body("hits[1].match", equalTo("words"))
                .body("hits[1].billable", equalTo(true));
        given().when().get("/api/icd10/search?q=type 2 diabetes hyperglycemia").then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].code", equalTo("E11.65"));
        given().when().get("/api/icd10/search?q=Type 2 diabetes mellitus without").then().statusCode(200)
                .body("hits[0].code", equalTo("E11.9"))
                .body("hits[0].match", equalTo("prefix"));
    }

    @Test
    void codeShapedQueriesMatchCodes() {
        given().when().get("/api/icd10/search?q=I48.9&size=5").then().statusCode(200)
                .body("hits[0].code", equalTo("I48.9"))
                .body("hits[0].match", equalTo("code"))
                .body("hits.code", hasItem("I48.91"));
        given().when().get("/api/icd10/search?q=z30&size=3&page=1").then().statusCode(200)
                .body("total", greaterThan(15))
                .body("hits.size()", equalTo(3))
                .body("hits.match", everyItem(equalTo("code")));
    }

    @Test
    void accentsAreFolded() {
        given().when().get("/api/icd10/search?q=sjogren").then().statusCode(200)
                .body("hits.code", contains("M35.00", "M35.0"));
    }

    @Test
    void unknownCodeIsA404Problem() {
        given().when().get("/api/icd10/codes/X99.9").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("X99.9"));
        given().when().get("/api/icd10/codes/E11.9?version=1999").then().statusCode(404);
        given().when().get("/api/icd10/search?q=zzzzqqq").then().statusCode(200).body("hits", empty());
        given().queryParam("q", " ").when().get("/api/icd10/search").then().statusCode(400).body("errors[0].pointer", equalTo("q"));
    }
}
