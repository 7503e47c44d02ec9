package org.pvcoder.icd10.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.pvcoder.common.load.DictionaryTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.icd10.Icd10Fixtures;
import org.pvcoder.icd10.Icd10Tables;

import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Every kind of bad input refuses the whole release with file:line and reason, and leaves the database as it was. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class Icd10BadReleaseTest {

    private static final String ORDER = "icd10cm_order_2040.txt";

    @TempDir
    Path dir;
    @Inject
    Icd10Tables tables;
    @Inject
    DictionaryTables dictionaryTables;

    private Map<String, Long> before;

    @BeforeEach
    void countRows() throws Exception {
        before = tables.counts();
    }

    private ValidatableResponse loadRefused(Path release, String pointer, String message) throws Exception {
        return dictionaryTables.loadRefused("/api/icd10/releases", release, Icd10Tables.TABLES, before, pointer, message);
    }

    private Path order() throws Exception {
        return Icd10Fixtures.orderFile(dir, "2040");
    }

    @Test
    void shortLine() throws Exception {
        Path file = order();
        Icd10Fixtures.setLine(file, 5, "00005 E118    1 Type 2 diabetes");
        loadRefused(file, ORDER + ":5", "line is 31 characters long").body("errors.size()", equalTo(1));
    }

    @Test
    void nonNumericOrder() throws Exception {
        Path file = order();
        Icd10Fixtures.setLine(file, 3, Icd10Fixtures.orderLine(3, "E1165", true, "Type 2 diabetes mellitus with hyperglycemia")
                .replaceFirst("^00003", "0003a"));
        loadRefused(file, ORDER + ":3", "order number '0003a' (columns 1-5) is not a number");
    }

    @Test
    void badBillableFlag() throws Exception {
        Path file = order();
        Icd10Fixtures.setLine(file, 7, Icd10Fixtures.orderLine(7, "I10", true, "Essential (primary) hypertension")
                .replace("I10     1", "I10     Y"));
        loadRefused(file, ORDER + ":7", "billable flag 'Y' (column 15) must be 0 or 1");
    }

    @Test
    void duplicateCode() throws Exception {
        Path file = order();
        Icd10Fixtures.setLine(file, 12, Icd10Fixtures.orderLine(12, "E119", true, "Type 2 diabetes again"));
        loadRefused(file, ORDER + ":12", "duplicate code E11.9 (first on line 6)");
    }

    @Test
    void codeWithoutItsCategory() throws Exception {
        Path file = order();
        Icd10Fixtures.setLine(file, 1, Icd10Fixtures.orderLine(1, "E10", false, "Type 1 diabetes mellitus"));
        loadRefused(file, ORDER + ":2", "the category E11 of E11.6 is not in the file");
    }

    @Test
    void malformedXml() throws Exception {
        order();
        Icd10Fixtures.write(dir.resolve("icd10cm_tabular_2040.xml"),
                Icd10Fixtures.tabularXml("2040").replace("<desc>Type 2 diabetes mellitus</desc>", "<desc>Type 2 diabetes mellitus</dsc>"));
        loadRefused(dir, "icd10cm_tabular_2040.xml:13", "malformed XML");
    }

    @Test
    void externalEntityInXml() throws Exception {
        order();
        Icd10Fixtures.write(dir.resolve("icd10cm_index_2040.xml"), Icd10Fixtures.indexXml("2040")
                .replace("<ICD10CM.index>", "<!DOCTYPE ICD10CM.index [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<ICD10CM.index>")
                .replace("<title>Dyspnea</title>", "<title>&xxe;</title>"));
        loadRefused(dir, "icd10cm_index_2040.xml:2", "declares entities");
    }

    @Test
    void billionLaughsInClaml() throws Exception {
        Path file = Icd10Fixtures.write(dir.resolve("who.xml"), Icd10Fixtures.claml("2041").replace(
                "<!DOCTYPE ClaML SYSTEM \"ClaML.dtd\">",
                "<!DOCTYPE ClaML [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"));
        // not recognised as ClaML at all: a file that cannot be read safely is no distribution file
        loadRefused(file, file.toAbsolutePath().toString(), "holds no ICD-10 file");
    }

    @Test
    void folderWithoutIcd10Files() throws Exception {
        Icd10Fixtures.write(dir.resolve("notes.txt"), "nothing here");
        loadRefused(dir, dir.toString(), "holds no ICD-10 file");
    }

    @Test
    void pathThatDoesNotExist() {
        given().contentType("application/json").body(Map.of("path", dir.resolve("nowhere").toString()))
                .when().post("/api/icd10/releases")
                .then().statusCode(422).body("detail", containsString("No ICD-10 release at"));
        given().contentType("application/json").body(Map.of("path", " "))
                .when().post("/api/icd10/releases")
                .then().statusCode(400);
    }
}
