package org.pvcoder.e2b.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Broken and hostile uploads are refused with a problem that names the line and the problem, never a 500. */
@QuarkusTest
@TestSecurity(user = "intake", roles = "intake")
class HostileFileTest {

    static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE MCCI_IN200100UV01 [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <MCCI_IN200100UV01 xmlns="urn:hl7-org:v3"><id extension="&secret;"/></MCCI_IN200100UV01>
            """;

    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <MCCI_IN200100UV01 xmlns="urn:hl7-org:v3">&lol2;</MCCI_IN200100UV01>
            """;

    @Test
    void externalEntityIsRefused() {
        for (String path : new String[]{"/api/e2b/import", "/api/e2b/validate"}) {
            given().contentType(ContentType.XML).body(XXE).when().post(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("DOCTYPE"))
                    .body("detail", containsString("line 2"))
                    .body("detail", not(containsString("root:")));
        }
    }

    @Test
    void entityExpansionIsRefused() {
        given().contentType(ContentType.XML).body(BILLION_LAUGHS).when().post("/api/e2b/import")
                .then().statusCode(400).body("detail", containsString("DOCTYPE"));
    }

    @Test
    void anotherRootIsNotE2b() {
        given().contentType(ContentType.XML).body("<?xml version=\"1.0\"?>\n<invoice><total>3</total></invoice>")
                .when().post("/api/e2b/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("not an E2B(R3) ICSR batch"))
                .body("errors.pointer", hasItem("line 2, column 10"));
    }

    @Test
    void malformedXmlNamesTheLine() {
        String broken = "<?xml version=\"1.0\"?>\n<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\">\n  <id extension=\"B\">\n</MCCI_IN200100UV01>";
        given().contentType(ContentType.XML).body(broken).when().post("/api/e2b/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request"))
                .body("detail", containsString("line 4"));
    }

    @Test
    void batchWithoutMessagesIsNotE2b() {
        given().contentType(ContentType.XML).body("<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\"><id extension=\"B\"/></MCCI_IN200100UV01>")
                .when().post("/api/e2b/import")
                .then().statusCode(422).body("detail", containsString("no PORR_IN049016UV"));
    }

    @Test
    void emptyBodyIsMalformed() {
        given().contentType(ContentType.XML).body("").when().post("/api/e2b/import")
                .then().statusCode(400);
    }
}
