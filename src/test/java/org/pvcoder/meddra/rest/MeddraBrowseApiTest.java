package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Hierarchy answers on the demonstration release, against expectations worked out by hand from meddra/*.asc. */
@QuarkusTest
@TestSecurity(user = "vera", roles = "viewer")
class MeddraBrowseApiTest {

    @Test
    void lltAnswersItsPtAndThePrimaryPath() {
        given().when().get("/api/meddra/llt/90400434")
                .then().statusCode(200)
                .body("version", equalTo("0.1"))
                .body("name", equalTo("Tummy ache"))
                .body("current", equalTo(true))
                .body("pt.code", equalTo("10000081"))
                .body("pt.name", equalTo("Abdominal pain"))
                .body("primarySoc.code", equalTo("10017947"))
                .body("primaryPath.level", contains("LLT", "PT", "HLT", "HLGT", "SOC"))
                .body("primaryPath.code", contains("90400434", "10000081", "90200093", "90100058", "10017947"))
                .body("primaryPath[2].name", equalTo("Gastrointestinal and abdominal pains (excl oral and throat)"))
                .body("primaryPath[4].name", equalTo("Gastrointestinal disorders"));
    }

    @Test
    void nonCurrentLltSaysSo() {
        given().when().get("/api/meddra/llt/90400423")
                .then().statusCode(200)
                .body("name", equalTo("Nausea aggravated"))
                .body("current", equalTo(false))
                .body("pt.name", equalTo("Nausea"));
    }

    @Test
    void multiAxialPtHasEveryPathWithThePrimaryFirst() {
        given().when().get("/api/meddra/pt/10046571")
                .then().statusCode(200)
                .body("name", equalTo("Urinary tract infection"))
                .body("primarySoc.name", equalTo("Infections and infestations"))
                .body("paths.size()", equalTo(2))
                .body("paths[0].primary", equalTo(true))
                .body("paths[0].hlt.code", equalTo("90200001"))
                .body("paths[0].hlgt.code", equalTo("90100001"))
                .body("paths[0].soc.code", equalTo("10021881"))
                .body("paths[1].primary", equalTo(false))
                .body("paths[1].hlt.name", equalTo("Urinary tract infections NEC"))
                .body("paths[1].hlgt.name", equalTo("Urinary tract infections and inflammations"))
                .body("paths[1].soc.code", equalTo("10038359"))
                .body("llts.name", hasItem("Water infection"))
                .body("llts.size()", equalTo(6))
                // the non-current LLT comes last
                .body("llts[5].name", equalTo("Urinary infection NOS"))
                .body("llts[5].current", equalTo(false));
    }

    @Test
    void ptListsItsLlts() {
        given().when().get("/api/meddra/pt/10028813")
                .then().statusCode(200)
                .body("llts.size()", equalTo(9))
                .body("llts.name", hasItem("Feeling sick"))
                .body("paths.size()", equalTo(1));
    }

    @Test
    void childrenOfSocHlgtAndHlt() {
        given().when().get("/api/meddra/soc/10017947/children")
                .then().statusCode(200)
                .body("term.name", equalTo("Gastrointestinal disorders"))
                .body("children.size()", equalTo(9))
                .body("children.level", everyItem(equalTo("HLGT")))
                .body("children.name", hasItem("Gastrointestinal signs and symptoms"));
        given().when().get("/api/meddra/hlgt/90100058/children")
                .then().statusCode(200)
                .body("children.level", everyItem(equalTo("HLT")))
                .body("children.code", hasItem("90200093"));
        given().when().get("/api/meddra/hlt/90200093/children")
                .then().statusCode(200)
                .body("children.name", containsInAnyOrder("Abdominal discomfort", "Abdominal pain",
                        "Abdominal pain lower", "Abdominal pain upper"))
                .body("children.level", everyItem(equalTo("PT")));
    }

    @Test
    void socsInTheInternationalOrder() {
        given().when().get("/api/meddra/socs")
                .then().statusCode(200)
                .body("socs.size()", equalTo(27))
                .body("socs[0].name", equalTo("Infections and infestations"))
                .body("socs[0].internationalOrder", equalTo(1))
                .body("socs[13].name", equalTo("Gastrointestinal disorders"))
                .body("socs[13].abbrev", equalTo("Gastr"))
                .body("socs[26].name", equalTo("Product issues"));
    }

    @Test
    void smqHasNarrowAndBroadTerms() {
        given().when().get("/api/meddra/smqs")
                .then().statusCode(200)
                .body("smqs.size()", equalTo(4));
        given().when().get("/api/meddra/smqs/90900001")
                .then().statusCode(200)
                .body("name", equalTo("Anaphylactic reaction (SMQ)"))
                .body("algorithm", equalTo("A or (B and C) or (D and (B or C))"))
                .body("terms.size()", equalTo(15))
                .body("terms.findAll { it.scope == 'narrow' }.name", containsInAnyOrder(
                        "Anaphylactic reaction", "Anaphylactic shock", "Anaphylactoid reaction", "Anaphylaxis"))
                .body("terms.findAll { it.scope == 'broad' }.size()", equalTo(11))
                .body("terms.find { it.name == 'Anaphylaxis' }.level", equalTo("LLT"))
                .body("terms.find { it.name == 'Hypotension' }.category", equalTo("D"))
                .body("terms[0].scope", equalTo("narrow"))
                .body("subSmqs.size()", equalTo(0));
    }

    @Test
    void smqWithSubSmqs() {
        given().when().get("/api/meddra/smqs/90900002")
                .then().statusCode(200)
                .body("terms.size()", equalTo(0))
                .body("subSmqs.code", containsInAnyOrder("90900003", "90900004"))
                .body("subSmqs.level", everyItem(equalTo(2)));
        given().when().get("/api/meddra/smqs/90900004")
                .then().statusCode(200)
                .body("terms.findAll { it.scope == 'broad' }.name", containsInAnyOrder(
                        "Blood alkaline phosphatase increased", "Hepatic steatosis"));
    }

    @Test
    void searchRanksExactThenPrefixThenWordsWithCurrentLltsFirst() {
        given().when().get("/api/meddra/search?q=abdominal pain")
                .then().statusCode(200)
                .body("version", equalTo("0.1"))
                .body("hits[0].level", equalTo("LLT"))
                .body("hits[0].name", equalTo("Abdominal pain"))
                .body("hits[0].match", equalTo("exact"))
                .body("hits[1].level", equalTo("PT"))
                .body("hits[1].name", equalTo("Abdominal pain"))
                .body("hits[2].match", equalTo("prefix"))
                // "Abdominal pain NOS" is a non-current LLT: after the current prefix matches
                .body("hits.findAll { it.match == 'prefix' }[-1].name", equalTo("Abdominal pain NOS"))
                .body("hits.name", hasItem("Lower abdominal pain"))
                .body("hits.find { it.name == 'Lower abdominal pain' }.match", equalTo("words"))
                .body("hits.find { it.name == 'Lower abdominal pain' }.ptName", equalTo("Abdominal pain lower"));
    }

    @Test
    void searchFindsLayTermsHigherLevelsAndIgnoresAccents() {
        given().when().get("/api/meddra/search?q=tummy")
                .then().statusCode(200)
                .body("hits.name", hasItem("Tummy ache"))
                .body("hits.find { it.name == 'Tummy ache' }.ptCode", equalTo("10000081"));
        given().when().get("/api/meddra/search?q=gastrointestinal disorders")
                .then().body("hits[0].level", equalTo("SOC"))
                .body("hits[0].ptCode", nullValue());
        given().when().get("/api/meddra/search?q=meniere")
                .then().body("hits.name", hasItem("Ménière's disease"));
        given().when().get("/api/meddra/search?q=ache tummy")
                .then().body("hits.name", equalTo(List.of("Tummy ache")));
        // words match from their start only
        given().when().get("/api/meddra/search?q=ain")
                .then().body("hits.name", not(hasItem("Pain")));
    }

    @Test
    void searchIsPaged() {
        int total = given().when().get("/api/meddra/search?q=pain&size=5")
                .then().statusCode(200)
                .body("size", equalTo(5))
                .body("hits.size()", equalTo(5))
                .extract().path("total");
        List<String> first = given().when().get("/api/meddra/search?q=pain&size=5&page=0").then().extract().path("hits.code");
        List<String> second = given().when().get("/api/meddra/search?q=pain&size=5&page=1").then().extract().path("hits.code");
        org.junit.jupiter.api.Assertions.assertTrue(total > 10, "total " + total);
        org.junit.jupiter.api.Assertions.assertTrue(java.util.Collections.disjoint(first, second));
        given().when().get("/api/meddra/search?q=pain&size=500").then().statusCode(400)
                .body("errors[0].pointer", equalTo("size"));
        given().when().get("/api/meddra/search").then().statusCode(400);
    }

    @Test
    void unknownCodesAndLevelsAre404Problems() {
        given().when().get("/api/meddra/llt/12345678").then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"));
        given().when().get("/api/meddra/llt/abc").then().statusCode(404);
        given().when().get("/api/meddra/pt/90400434").then().statusCode(404);
        given().when().get("/api/meddra/soc/90100058/children").then().statusCode(404);
        given().when().get("/api/meddra/pt/10028813/children").then().statusCode(404);
        given().when().get("/api/meddra/smqs/1").then().statusCode(404);
        given().when().get("/api/meddra/llt/90400434?version=9.9").then().statusCode(404)
                .body("detail", equalTo("MedDRA release 9.9 does not exist"));
    }
}
