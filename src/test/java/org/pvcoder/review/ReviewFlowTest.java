package org.pvcoder.review;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvcoder.support.CaseBodies;
import org.pvcoder.support.TestUsers;
import org.pvcoder.users.UserService;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The review loop on the demo dictionary: an unsure term becomes a task, a person decides, the case item is
 * coded in a new audited version, and the memory codes the same (and a near) verbatim next time.
 */
@QuarkusTest
class ReviewFlowTest {

    /** Lay wording the demo dictionary has no name for: the autocoder must leave it to a person. */
    static final String UNSURE = "wobbly feeling in my legs";
    /** Demo LLT "Dizziness" (current), under PT Dizziness. */
    static final String DIZZINESS = "10013573";

    @Inject
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.ensure(users);
    }

    private static JsonPath taskOf(long caseId) {
        return TestUsers.as("coder").queryParam("caseId", caseId).get("/api/review/tasks").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void unsureReactionBecomesATaskWithContextAndCandidates() {
        long caseId = CaseBodies.create(CaseBodies.withReactions("RV-CTX", true, UNSURE, "headache"));
        TestUsers.as("viewer").get("/api/cases/" + caseId).then()
                .body("case.reactions[0].coding.status", equalTo("NEEDS_REVIEW"))
                .body("case.reactions[1].coding.status", equalTo("AUTO_CODED"))
                .body("case.reactions[1].lltCode", notNullValue());
        JsonPath tasks = taskOf(caseId);
        assertEquals(1, tasks.getInt("total"));
        assertEquals(UNSURE, tasks.getString("items[0].verbatim"));
        assertEquals("OPEN", tasks.getString("items[0].status"));
        assertEquals("/reactions/0", tasks.getString("items[0].itemRef"));
        assertEquals(0, tasks.getInt("items[0].priority"), "serious cases come first");
        assertEquals(List.of("headache"), tasks.getList("items[0].context.otherReactions"));
        assertEquals(List.of("Examplomab 40 mg solution for injection"), tasks.getList("items[0].context.suspectDrugs"));
        assertEquals("SPONTANEOUS", tasks.getString("items[0].context.reportType"));
        assertFalse(tasks.getList("items[0].candidates").isEmpty(), "ranked candidates for the coder");
    }

    @Test
    void acceptCodesTheCaseInANewAuditedVersionAndTeachesTheMemory() {
        long caseId = CaseBodies.create(CaseBodies.withReactions("RV-ACCEPT", false, "my head is spinning round and round"));
        long taskId = taskOf(caseId).getLong("items[0].id");
        TestUsers.as("coder").contentType(ContentType.JSON).header("X-Change-Reason", "Coded in review")
                .body("{\"action\": \"ACCEPT\", \"lltCode\": \"" + DIZZINESS + "\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(200)
                .body("status", equalTo("CODED")).body("decisionCode", equalTo(DIZZINESS)).body("decidedBy", equalTo("coder"));
        TestUsers.as("viewer").get("/api/cases/" + caseId).then()
                .body("version", equalTo(2))
                .body("case.reactions[0].lltCode", equalTo(DIZZINESS))
                .body("case.reactions[0].meddraVersion", equalTo("0.1"))
                .body("case.reactions[0].coding.status", equalTo("HUMAN_CODED"))
                .body("case.reactions[0].coding.codedBy", equalTo("coder"))
                .body("case.reactions[0].coding.ptName", equalTo("Dizziness"));
        TestUsers.as("viewer").get("/api/cases/" + caseId + "/audit").then()
                .body("user[1]", equalTo("coder"))
                .body("reason[1]", equalTo("Coded in review"))
                .body("changes[1].path", hasItem("/reactions/0/lltCode"));
        TestUsers.as("reviewer").queryParam("status", "APPROVED").get("/api/review/synonyms").then()
                .body("items.verbatim", hasItem("my head is spinning round and round"));

        long again = CaseBodies.create(CaseBodies.withReactions("RV-ACCEPT-2", false, "My head is spinning round and round!"));
        TestUsers.as("viewer").get("/api/cases/" + again).then()
                .body("case.reactions[0].lltCode", equalTo(DIZZINESS))
                .body("case.reactions[0].coding.status", equalTo("AUTO_CODED"))
                .body("case.reactions[0].coding.stage", equalTo("MEMORY"));
    }

    @Test
    void decisionSettlesOtherTasksWithTheSameVerbatim() {
        long first = CaseBodies.create(CaseBodies.withReactions("RV-SAME-1", false, "brain feels foggy and slow"));
        long second = CaseBodies.create(CaseBodies.withReactions("RV-SAME-2", false, "brain feels foggy and slow"));
        long taskId = taskOf(first).getLong("items[0].id");
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"ACCEPT\", \"lltCode\": \"" + DIZZINESS + "\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(200);
        assertEquals("CODED", taskOf(second).getString("items[0].status"));
        TestUsers.as("viewer").get("/api/cases/" + second).then().body("case.reactions[0].lltCode", equalTo(DIZZINESS));
    }

    @Test
    void changedVerbatimRefusesTheDecisionAndRefreshesTheTask() {
        long caseId = CaseBodies.create(CaseBodies.withReactions("RV-CHANGED", false, "odd fuzzy sensation in the ears"));
        long taskId = taskOf(caseId).getLong("items[0].id");
        TestUsers.as("intake").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(CaseBodies.withReactions("RV-CHANGED", false, "odd fuzzy sensation in the eyes"))
                .put("/api/cases/" + caseId).then().statusCode(200);
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"ACCEPT\", \"lltCode\": \"" + DIZZINESS + "\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("in the eyes"));
        TestUsers.as("coder").get("/api/review/tasks/" + taskId).then()
                .body("verbatim", equalTo("odd fuzzy sensation in the eyes")).body("status", equalTo("OPEN"));
        TestUsers.as("viewer").get("/api/cases/" + caseId).then().body("case.reactions[0].lltCode", equalTo(null));
    }

    @Test
    void queryWaitsForAnAnswerThenReopens() {
        long caseId = CaseBodies.create(CaseBodies.withReactions("RV-QUERY", false, "had a funny turn at work"));
        long taskId = taskOf(caseId).getLong("items[0].id");
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"QUERY\", \"question\": \"Fainting or dizziness?\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(200).body("status", equalTo("QUERIED"));
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"ACCEPT\", \"lltCode\": \"" + DIZZINESS + "\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(409);
        TestUsers.as("intake").contentType(ContentType.JSON).body("{\"answer\": \"Dizziness, no fainting\"}")
                .post("/api/review/tasks/" + taskId + "/answer").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("answer", equalTo("Dizziness, no fainting"));
    }

    @Test
    void rejectNeedsAReasonAndLeavesTheCaseUncoded() {
        long caseId = CaseBodies.create(CaseBodies.withReactions("RV-REJECT", false, "product tasted of lemons"));
        long taskId = taskOf(caseId).getLong("items[0].id");
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"REJECT\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(400).body("errors[0].pointer", equalTo("/reason"));
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"REJECT\", \"reason\": \"Not an adverse event\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(200).body("status", equalTo("REJECTED"));
        TestUsers.as("viewer").get("/api/cases/" + caseId).then().body("version", equalTo(1));
    }

    @Test
    void acceptRefusesUnknownAndNonCurrentCodes() {
        long caseId = CaseBodies.create(CaseBodies.withReactions("RV-BADCODE", false, "strange taste of metal and tin"));
        long taskId = taskOf(caseId).getLong("items[0].id");
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"ACCEPT\", \"lltCode\": \"12345678\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/lltCode"));
    }

    @Test
    void viewerCannotDecideAndCoderCannotApproveSynonyms() {
        long caseId = CaseBodies.create(CaseBodies.withReactions("RV-ROLES", false, "sleepy all the time lately"));
        long taskId = taskOf(caseId).getLong("items[0].id");
        TestUsers.as("viewer").contentType(ContentType.JSON).body("{\"action\": \"REJECT\", \"reason\": \"x\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(403);
        TestUsers.as("coder").post("/api/review/synonyms/1/approve").then().statusCode(403);
        TestUsers.as("viewer").post("/api/review/tasks/next").then().statusCode(403);
    }

    @Test
    void bulkAcceptTakesEachTopCandidate() {
        long a = CaseBodies.create(CaseBodies.withReactions("RV-BULK-1", false, "feeling rough and run down"));
        long b = CaseBodies.create(CaseBodies.withReactions("RV-BULK-2", false, "aching all over my body today"));
        long ta = taskOf(a).getLong("items[0].id");
        long tb = taskOf(b).getLong("items[0].id");
        String topA = taskOf(a).getString("items[0].candidates[0].code");
        TestUsers.as("reviewer").contentType(ContentType.JSON).body("{\"taskIds\": [" + ta + ", " + tb + "]}")
                .post("/api/review/tasks/bulk-accept").then().statusCode(200)
                .body("status", equalTo(List.of("CODED", "CODED")));
        TestUsers.as("viewer").get("/api/cases/" + a).then().body("case.reactions[0].lltCode", equalTo(topA));
    }

    @Test
    void batchCodingOpensTasksOnRequest() {
        long taskId = TestUsers.as("coder").contentType(ContentType.JSON)
                .body("{\"verbatims\": [\"headache\", \"my knees went all jelly\"], \"createTasks\": true}")
                .post("/api/coding/meddra").then().statusCode(200)
                .body("results[0].decision", equalTo("AUTO_CODED"))
                .body("results[0].taskId", equalTo(null))
                .body("results[1].decision", equalTo("NEEDS_REVIEW"))
                .extract().jsonPath().getLong("results[1].taskId");
        TestUsers.as("coder").get("/api/review/tasks/" + taskId).then().statusCode(200)
                .body("verbatim", equalTo("my knees went all jelly")).body("itemKind", equalTo("BATCH")).body("status", equalTo("OPEN"));
    }

    @Test
    void statsCountTasksDecisionsAndAgreement() {
        JsonPath before = TestUsers.as("viewer").get("/api/review/stats").then().statusCode(200).extract().jsonPath();
        long caseId = CaseBodies.create(CaseBodies.withReactions("RV-STATS", false, "headache", "legs felt like lead weights"));
        JsonPath task = taskOf(caseId);
        String top = task.getString("items[0].candidates[0].code");
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"ACCEPT\", \"lltCode\": \"" + top + "\"}")
                .post("/api/review/tasks/" + task.getLong("items[0].id") + "/decision").then().statusCode(200);
        JsonPath after = TestUsers.as("viewer").get("/api/review/stats").then().statusCode(200).extract().jsonPath();

        assertEquals(before.getLong("counts.CODED") + 1, after.getLong("counts.CODED"));
        assertEquals(before.getLong("agreement.decided") + 1, after.getLong("agreement.decided"));
        assertEquals(before.getLong("agreement.agreed") + 1, after.getLong("agreement.agreed"), "the top candidate was accepted");
        assertEquals(today(before, "decisionsPerDay", "count") + 1, today(after, "decisionsPerDay", "count"));
        assertEquals(today(before, "autoCodingPerDay", "autoCoded") + 1, today(after, "autoCodingPerDay", "autoCoded"));
        assertEquals(today(before, "autoCodingPerDay", "needsReview") + 1, today(after, "autoCodingPerDay", "needsReview"));
        assertEquals(today(before, "autoCodingPerDayBySystem.meddra", "autoCoded") + 1,
                today(after, "autoCodingPerDayBySystem.meddra", "autoCoded"), "both reactions are MedDRA terms");
        assertEquals(today(before, "autoCodingPerDayBySystem.icd10", "autoCoded"),
                today(after, "autoCodingPerDayBySystem.icd10", "autoCoded"), "the case has no indication");
    }

    /** A per-day figure for today (UTC), 0 when the day has no entry yet. */
    private static long today(JsonPath stats, String list, String field) {
        Object value = stats.get(list + ".find { it.day == '" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "' }." + field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
