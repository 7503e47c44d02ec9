package org.pvcoder.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvcoder.users.UserService;
import org.pvcoder.support.Examples;
import org.pvcoder.support.TestUsers;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CaseResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.ensure(users);
    }

    private static Response create(String body) {
        return TestUsers.as("intake").contentType(ContentType.JSON).body(body).post("/api/cases");
    }

    private static long createdId(String body) {
        return create(body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void minimalCaseIsCreatedWithLocationAndVersionOne() {
        Response created = create(Examples.minimalCase("CRT-MIN-1"));
        created.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", containsString("/api/cases/"))
                .header("ETag", "\"1\"")
                .body("id", notNullValue())
                .body("version", equalTo(1))
                .body("case.report.safetyReportId", equalTo("CRT-MIN-1"))
                .body("case.report.worldwideUniqueId", equalTo("CRT-MIN-1"))
                .body("case.reactions[0].id", notNullValue());
        TestUsers.as("viewer").get(created.header("Location")).then().statusCode(200)
                .body("case.reactions[0].verbatim", equalTo("tummy ache after 2nd dose"));
    }

    @Test
    void fullCaseKeepsEverySection() {
        long id = createdId(Examples.fullCase("CRT-FULL-1"));
        TestUsers.as("viewer").get("/api/cases/" + id).then().statusCode(200)
                .body("case.report.reportType", equalTo("STUDY"))
                .body("case.report.creationDate", equalTo("2026-04-10T09:15"))
                .body("case.primarySources", hasSize(2))
                .body("case.sender.email", equalTo("drug.safety@example-pharma.test"))
                .body("case.literature[0].reference", startsWith("Muster M"))
                .body("case.study.registrations[0].country", equalTo("EU"))
                .body("case.patient.birthDate", equalTo("1957-08-14"))
                .body("case.patient.medicalHistory[1].lltCode", equalTo("10067585"))
                .body("case.patient.death.reportedCauses[0].text", equalTo("cardiac arrest"))
                .body("case.reactions", hasSize(3))
                .body("case.reactions[2].seriousness.death", equalTo(true))
                .body("case.reactions[2].startDate", equalTo("2026-04-06T03:40"))
                .body("case.tests[0].unit", equalTo("mmol/L"))
                .body("case.drugs", hasSize(3))
                .body("case.drugs[0].reactionAssessments[0].assessments[0].result", equalTo("Related"))
                .body("case.drugs[2].reactionAssessments[0].reactionId", equalTo("r2"))
                .body("case.narrative.senderDiagnoses[0].lltCode", equalTo("10021015"));
    }

    @Test
    void unknownCaseIs404Problem() {
        TestUsers.as("viewer").get("/api/cases/999999").then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://pvcoder.org/problems/not-found"))
                .body("status", equalTo(404))
                .body("detail", containsString("999999"));
    }

    @Test
    void malformedJsonIs400Problem() {
        create("{\"report\": {").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://pvcoder.org/problems/malformed-request"))
                .body("detail", containsString("line"))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void unknownCodeNamesTheFieldAndTheAllowedValues() {
        String body = Examples.minimalCase("CRT-BAD-CODE").replace("\"CONSUMER\"", "\"NURSE\"");
        create(body).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://pvcoder.org/problems/validation-failed"))
                .body("errors[0].pointer", equalTo("/primarySources/0/qualification"))
                .body("errors[0].message", containsString("PHYSICIAN (1)"));
    }

    @Test
    void unknownFieldIsRefusedNotDropped() {
        String body = Examples.minimalCase("CRT-BAD-FIELD").replace("\"verbatim\"", "\"verbatum\"");
        create(body).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].pointer", equalTo("/reactions/0/verbatum"));
    }

    @Test
    void futureDateIsRefusedWithItsElementNumber() {
        String tomorrowNextYear = LocalDate.now().plusYears(1).toString();
        String body = Examples.fullCase("CRT-FUTURE").replace("\"startDate\": \"2026-03-29\", \"outcome\"",
                "\"startDate\": \"" + tomorrowNextYear + "\", \"outcome\"");
        create(body).then().statusCode(400).contentType(PROBLEM)
                .body("errors.pointer", hasItem("/reactions/1/startDate"))
                .body("errors.element", hasItem("E.i.4"));
    }

    @Test
    void ageWithoutUnitIsRefused() {
        String body = Examples.fullCase("CRT-AGE").replace("\"ageUnit\": \"YEAR\", ", "");
        create(body).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].pointer", equalTo("/patient/ageUnit"))
                .body("errors[0].element", equalTo("D.2.2b"));
    }

    @Test
    void invalidThirdReactionRejectsTheWholeCase() {
        long before = count("CRT-THIRD");
        String body = Examples.fullCase("CRT-THIRD").replace("\"outcome\": \"FATAL\", \"medicallyConfirmed\": true, \"country\": \"DE\"",
                "\"outcome\": \"FATAL\", \"medicallyConfirmed\": true, \"country\": \"XX\"");
        create(body).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].pointer", equalTo("/reactions/2/country"))
                .body("errors[0].element", equalTo("E.i.9"));
        assertEquals(before, count("CRT-THIRD"));
        TestUsers.as("viewer").queryParam("q", "low potassium").get("/api/cases").then()
                .body("items.safetyReportId", not(hasItem("CRT-THIRD")));
    }

    @Test
    void matrixMustNameAReactionOfTheCase() {
        String body = Examples.fullCase("CRT-MATRIX").replace("{ \"reactionId\": \"r3\"", "{ \"reactionId\": \"r9\"");
        create(body).then().statusCode(400).body("errors[0].pointer", equalTo("/drugs/0/reactionAssessments/2/reactionId"));
    }

    @Test
    void followUpMakesANewVersionAndKeepsTheOldOne() {
        long id = createdId(Examples.minimalCase("CRT-FU"));
        String followUp = Examples.minimalCase("CRT-FU").replace("\"mostRecentReceivedDate\": \"2026-03-02\"", "\"mostRecentReceivedDate\": \"2026-03-09\"")
                .replace("tummy ache after 2nd dose", "tummy ache and vomiting");
        TestUsers.as("intake").contentType(ContentType.JSON).header("If-Match", "\"1\"").header("X-Change-Reason", "Follow-up from reporter")
                .body(followUp).put("/api/cases/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        TestUsers.as("viewer").get("/api/cases/" + id + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("reason[1]", equalTo("Follow-up from reporter"))
                .body("user", everyItem(equalTo("intake")));
        TestUsers.as("viewer").get("/api/cases/" + id + "/versions/1").then().statusCode(200)
                .body("case.reactions[0].verbatim", equalTo("tummy ache after 2nd dose"));
        TestUsers.as("viewer").get("/api/cases/" + id + "/versions/2").then().statusCode(200)
                .body("case.report.mostRecentReceivedDate", equalTo("2026-03-09"));
        TestUsers.as("viewer").get("/api/cases/" + id + "/versions/3").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void staleFollowUpIs409AndMissingVersionIs428() {
        long id = createdId(Examples.minimalCase("CRT-STALE"));
        TestUsers.as("intake").contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Examples.minimalCase("CRT-STALE"))
                .put("/api/cases/" + id).then().statusCode(200);
        TestUsers.as("intake").contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Examples.minimalCase("CRT-STALE"))
                .put("/api/cases/" + id).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://pvcoder.org/problems/stale-version"));
        TestUsers.as("intake").contentType(ContentType.JSON).body(Examples.minimalCase("CRT-STALE"))
                .put("/api/cases/" + id).then().statusCode(428).contentType(PROBLEM);
    }

    @Test
    void twoConcurrentUpdatesOfOneVersionExactlyOneWins() throws Exception {
        long id = createdId(Examples.minimalCase("CRT-RACE"));
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> calls = java.util.stream.IntStream.range(0, writers).<Callable<Integer>>mapToObj(i -> () -> {
                String body = Examples.minimalCase("CRT-RACE").replace("tummy ache after 2nd dose", "writer " + i);
                start.await();
                return TestUsers.as("intake").contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                        .put("/api/cases/" + id).statusCode();
            }).toList();
            List<Future<Integer>> results = calls.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
            assertEquals(writers - 1, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        } finally {
            pool.shutdownNow();
        }
        TestUsers.as("viewer").get("/api/cases/" + id).then().body("version", equalTo(2));
    }

    @Test
    void duplicateWorldwideUniqueIdIs409() {
        createdId(Examples.minimalCase("CRT-DUP"));
        create(Examples.minimalCase("CRT-DUP")).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("C.1.8.1"));
    }

    @Test
    void listFiltersByTypeSeriousnessDatesAndText() {
        createdId(Examples.fullCase("CRT-LIST-SERIOUS"));
        createdId(Examples.minimalCase("CRT-LIST-PLAIN"));
        TestUsers.as("viewer").queryParam("serious", true).queryParam("reportType", "STUDY").queryParam("size", 500).get("/api/cases")
                .then().statusCode(200)
                .body("items.safetyReportId", hasItem("CRT-LIST-SERIOUS"))
                .body("items.safetyReportId", not(hasItem("CRT-LIST-PLAIN")))
                .body("items.serious", everyItem(equalTo(true)));
        TestUsers.as("viewer").queryParam("q", "EXAMPLOMAB").queryParam("receivedFrom", "2026-04-08").queryParam("receivedTo", "2026-04-08")
                .queryParam("size", 500).get("/api/cases")
                .then().statusCode(200)
                .body("items.safetyReportId", hasItem("CRT-LIST-SERIOUS"))
                .body("items.safetyReportId", not(hasItem("CRT-LIST-PLAIN")));
        TestUsers.as("viewer").queryParam("q", "tummy").queryParam("size", 1).get("/api/cases")
                .then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1));
        TestUsers.as("viewer").queryParam("receivedFrom", "April").get("/api/cases")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].pointer", equalTo("receivedFrom"));
    }

    @Test
    void auditShowsWhoChangedWhatFromOldToNew() {
        long id = createdId(Examples.fullCase("CRT-AUDIT"));
        String changed = Examples.fullCase("CRT-AUDIT").replace("\"weightKg\": 82.5", "\"weightKg\": 80");
        TestUsers.as("admin").contentType(ContentType.JSON).header("If-Match", "\"1\"").header("X-Change-Reason", "Weight corrected")
                .body(changed).put("/api/cases/" + id).then().statusCode(200);
        TestUsers.as("viewer").get("/api/cases/" + id + "/audit").then().statusCode(200)
                .body("change", equalTo(List.of("CREATED", "UPDATED")))
                .body("user", equalTo(List.of("intake", "admin")))
                .body("version", equalTo(List.of(1, 2)))
                .body("reason[1]", equalTo("Weight corrected"))
                .body("changes[1].path", equalTo(List.of("/patient/weightKg")))
                .body("changes[1][0].oldValue.toString()", equalTo("82.5"))
                .body("changes[1][0].newValue.toString()", org.hamcrest.Matchers.startsWith("80"))
                .body("changes[0].path", hasItem("/reactions/0/verbatim"));
    }

    @Test
    void deletedCaseIsGoneButItsAuditRemains() {
        long id = createdId(Examples.minimalCase("CRT-DEL"));
        TestUsers.as("admin").header("X-Change-Reason", "Entered twice").delete("/api/cases/" + id).then().statusCode(204);
        TestUsers.as("viewer").get("/api/cases/" + id).then().statusCode(404);
        TestUsers.as("viewer").get("/api/cases/" + id + "/audit").then().statusCode(200)
                .body("change", equalTo(List.of("CREATED", "DELETED")))
                .body("reason[1]", equalTo("Entered twice"));
    }

    private static long count(String text) {
        return TestUsers.as("viewer").queryParam("q", text).get("/api/cases").then().extract().jsonPath().getLong("total");
    }
}
