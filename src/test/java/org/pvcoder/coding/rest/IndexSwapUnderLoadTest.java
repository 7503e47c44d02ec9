package org.pvcoder.coding.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.CodingService;
import org.pvcoder.coding.EngineRegistry;
import org.pvcoder.coding.Reporter;
import org.pvcoder.coding.fixture.FixtureTerminologySource;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threads code while releases are activated back and forth: no errors, each batch answered by one release. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.pvcoder.coding.fixture.FixtureTerminologyProfile.class)
class IndexSwapUnderLoadTest {

    private static final List<String> BATCH = List.of("rash", "tummy ache", "Throat numbness sensation",
            "Sensation of throat numbness", "BP increased", "felt dizzy after 2nd dose", "", "itchy skin");

    @Inject
    CodingService coding;

    @Inject
    EngineRegistry engines;

    @Inject
    FixtureTerminologySource source;

    @Test
    void searchesNeverSeeAHalfBuiltIndex() throws Exception {
        coding.code("meddra", BATCH);
        AtomicBoolean running = new AtomicBoolean(true);
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                workers.add(pool.submit(() -> {
                    int batches = 0;
                    while (running.get()) {
                        CodingService.CodingBatch batch = coding.code("meddra", null, BATCH, Reporter.UNSPECIFIED);
                        for (CodingResult r : batch.results()) {
                            assertEquals(batch.version(), r.version());
                        }
                        String exactName = batch.version().equals("1.0") ? "Sensation of throat numbness" : "Throat numbness sensation";
                        assertEquals(exactName, batch.results().get(batch.version().equals("1.0") ? 3 : 2).llt().name());
                        versionsSeen.add(batch.version());
                        batches++;
                    }
                    return batches;
                }));
            }
            for (int swap = 0; swap < 6; swap++) {
                source.activate(swap % 2 == 0 ? "2.0" : "1.0");
                engines.rebuild("meddra").get(30, TimeUnit.SECONDS);
                Thread.sleep(50);
            }
            running.set(false);
            int total = 0;
            for (Future<Integer> w : workers) {
                total += w.get(30, TimeUnit.SECONDS);
            }
            assertTrue(total > 0);
            assertEquals(Set.of("1.0", "2.0"), versionsSeen);
        } finally {
            running.set(false);
            pool.shutdownNow();
            if (!engines.activeEngine("meddra").version().equals("1.0")) {
                source.activate("1.0");
                engines.rebuild("meddra").get(30, TimeUnit.SECONDS);
            }
        }
    }
}
