package org.pvcoder.support;

import io.restassured.http.ContentType;

/** Cases made for a test: the minimal example with given reaction verbatims. */
public final class CaseBodies {

    private CaseBodies() {
    }

    public static String withReactions(String safetyReportId, boolean serious, String... verbatims) {
        StringBuilder reactions = new StringBuilder();
        for (String v : verbatims) {
            if (reactions.length() > 0) {
                reactions.append(", ");
            }
            reactions.append("{ \"verbatim\": \"").append(v).append("\"");
            if (serious) {
                reactions.append(", \"seriousness\": { \"hospitalisation\": true }");
            }
            reactions.append(" }");
        }
        return Examples.minimalCase(safetyReportId)
                .replace("{ \"verbatim\": \"tummy ache after 2nd dose\" }", reactions.toString());
    }

    /** Creates the case as the intake user and answers its id. */
    public static long create(String body) {
        return TestUsers.as("intake").contentType(ContentType.JSON).body(body).post("/api/cases")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
