package org.pvcoder.review;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvcoder.support.CaseBodies;
import org.pvcoder.support.TestUsers;
import org.pvcoder.users.UserService;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Two-step approval: a coder's decision is PROPOSED and does not autocode until a reviewer approves it. */
@QuarkusTest
@TestProfile(SynonymApprovalTest.TwoStepApproval.class)
class SynonymApprovalTest {

    public static class TwoStepApproval implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pv.review.synonym-approval", "true");
        }
    }

    @Inject
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.ensure(users);
    }

    @Test
    void coderProposesReviewerApprovesThenItAutocodes() {
        String verbatim = "everything went swimmy and blurred";
        long caseId = CaseBodies.create(CaseBodies.withReactions("SA-1", false, verbatim));
        long taskId = TestUsers.as("coder").queryParam("caseId", caseId).get("/api/review/tasks")
                .then().extract().jsonPath().getLong("items[0].id");
        TestUsers.as("coder").contentType(ContentType.JSON).body("{\"action\": \"ACCEPT\", \"lltCode\": \"" + ReviewFlowTest.DIZZINESS + "\"}")
                .post("/api/review/tasks/" + taskId + "/decision").then().statusCode(200);
        TestUsers.as("viewer").get("/api/cases/" + caseId).then().body("case.reactions[0].lltCode", equalTo(ReviewFlowTest.DIZZINESS));

        long synonymId = TestUsers.as("reviewer").queryParam("status", "PROPOSED").get("/api/review/synonyms")
                .then().body("items.verbatim", hasItem(verbatim))
                .extract().jsonPath().getLong("items.find { it.verbatim == '" + verbatim + "' }.id");
        long proposedOnly = CaseBodies.create(CaseBodies.withReactions("SA-2", false, verbatim));
        TestUsers.as("viewer").get("/api/cases/" + proposedOnly).then().body("case.reactions[0].coding.status", equalTo("NEEDS_REVIEW"));

        TestUsers.as("coder").post("/api/review/synonyms/" + synonymId + "/approve").then().statusCode(403);
        TestUsers.as("reviewer").post("/api/review/synonyms/" + synonymId + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("updatedBy", equalTo("reviewer"));
        long approved = CaseBodies.create(CaseBodies.withReactions("SA-3", false, verbatim));
        TestUsers.as("viewer").get("/api/cases/" + approved).then()
                .body("case.reactions[0].coding.status", equalTo("AUTO_CODED"))
                .body("case.reactions[0].coding.stage", equalTo("MEMORY"))
                .body("case.reactions[0].lltCode", equalTo(ReviewFlowTest.DIZZINESS));

        TestUsers.as("reviewer").post("/api/review/synonyms/" + synonymId + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        TestUsers.as("reviewer").post("/api/review/synonyms/" + synonymId + "/approve").then().statusCode(409);
    }
}
