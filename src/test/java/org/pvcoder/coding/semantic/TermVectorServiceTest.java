package org.pvcoder.coding.semantic;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.EngineRegistry;
import org.pvcoder.coding.fixture.FixtureTerminology;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one application test with semantic candidates on: the fixture release's name vectors are computed at start
 * in the background, stored, reported by GET /api/coding/meddra/vectors, and then used by the engine.
 */
@QuarkusTest
@TestProfile(SemanticFixtureProfile.class)
@TestSecurity(user = "coder", roles = "coder")
class TermVectorServiceTest {

    @Inject
    TermVectorService service;

    @Inject
    TermVectorStore store;

    @Inject
    EngineRegistry engines;

    @Test
    void vectorsAreComputedStoredReportedAndUsed() throws Exception {
        int total = TermVectors.namesToEmbed(FixtureTerminology.release("1.0")).size();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!"COMPLETE".equals(service.progress("meddra").state()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        given().when().get("/api/coding/meddra/vectors")
                .then().statusCode(200)
                .body("version", equalTo("1.0"))
                .body("state", equalTo("COMPLETE"))
                .body("done", equalTo(total))
                .body("total", equalTo(total));
        assertEquals(total, store.storedCodes("meddra", "1.0", Embedder.MODEL).size());

        // Scheduling again (as at a restart) finds everything stored and embeds nothing more.
        VectorProgress again = service.schedule("meddra").get();
        assertEquals("COMPLETE", again.state());
        assertEquals(total, store.storedCodes("meddra", "1.0", Embedder.MODEL).size());

        deadline = System.nanoTime() + 60_000_000_000L;
        while (!engines.activeEngine("meddra").hasSemantic() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(engines.activeEngine("meddra").hasSemantic(), "the active engine got the semantic source");
        // Then the lexicon's phrases are added as anchors, with the HNSW graph.
        deadline = System.nanoTime() + 60_000_000_000L;
        while (!engines.activeEngine("meddra").semantic().index().hasGraph() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(engines.activeEngine("meddra").semantic().index().hasGraph(), "anchors and graph swapped in");
        // No fixture name shares a word with it and no lexicon phrase matches it: the nearest lay phrases find it.
        given().contentType(ContentType.JSON)
                .body(Map.of("verbatims", List.of("staring at the ceiling all night")))
                .when().post("/api/coding/meddra")
                .then().statusCode(200)
                .body("results[0].stage", equalTo("SEARCH"))
                .body("results[0].decision", equalTo("NEEDS_REVIEW"))
                .body("results[0].pt.name", equalTo("Insomnia"));
    }

    @Test
    void anotherSystemIsReportedAsDisabled() {
        given().when().get("/api/coding/icd10/vectors")
                .then().statusCode(200)
                .body("state", equalTo("DISABLED"));
    }
}
