package org.pvcoder.coding.semantic;

import org.junit.jupiter.api.Test;
import org.pvcoder.coding.fixture.FixtureTerminology;
import org.pvcoder.terminology.Terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vector job with a counting stand-in embedder and rows kept in memory (as the database keeps them). */
class VectorJobTest {

    /** Rows as in term_vector: per system, version and model. */
    static final class MemoryRows implements VectorJob.Rows {
        final Map<String, Map<String, float[]>> rows = new HashMap<>();

        public Set<String> storedCodes(String system, String version, String model) {
            return Set.copyOf(rows.getOrDefault(system + "|" + version + "|" + model, Map.of()).keySet());
        }

        public void insert(String system, String version, String model, Map<String, float[]> vectors) {
            Map<String, float[]> release = rows.computeIfAbsent(system + "|" + version + "|" + model, k -> new HashMap<>());
            for (String code : vectors.keySet()) {
                assertTrue(!release.containsKey(code), "stored twice: " + code);
            }
            release.putAll(vectors);
        }
    }

    /** Embeds by hashing, counts the names it was asked for, and can fail after some batches. */
    static final class CountingEmbedder implements Function<List<String>, List<float[]>> {
        final AtomicInteger names = new AtomicInteger();
        int failAfterBatches = Integer.MAX_VALUE;
        int batches;

        public List<float[]> apply(List<String> texts) {
            if (batches++ >= failAfterBatches) {
                throw new IllegalStateException("stopped");
            }
            names.addAndGet(texts.size());
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                out.add(new float[]{t.hashCode(), 1});
            }
            return out;
        }
    }

    private final Terminology release = FixtureTerminology.release("1.0");
    private final int total = TermVectors.namesToEmbed(release).size();

    @Test
    void reportsProgressPerBatchUntilComplete() {
        MemoryRows rows = new MemoryRows();
        CountingEmbedder embedder = new CountingEmbedder();
        List<VectorProgress> seen = new ArrayList<>();
        VectorProgress last = new VectorJob(rows, embedder, "m", 4).run(release, seen::add);
        assertEquals("COMPLETE", last.state());
        assertEquals(total, last.done());
        assertEquals(total, last.total());
        assertEquals(0, seen.get(0).done());
        assertEquals("RUNNING", seen.get(0).state());
        assertEquals(1 + (total + 3) / 4, seen.size(), "one report at the start and one per batch");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).done() > seen.get(i - 1).done());
        }
        assertEquals(total, embedder.names.get());
        assertEquals(total, rows.storedCodes("meddra", "1.0", "m").size());
    }

    @Test
    void resumesWhereItStoppedAndRecomputesNothingAtRestart() {
        MemoryRows rows = new MemoryRows();
        CountingEmbedder first = new CountingEmbedder();
        first.failAfterBatches = 2;
        assertThrows(IllegalStateException.class, () -> new VectorJob(rows, first, "m", 3).run(release, p -> { }));
        assertEquals(6, rows.storedCodes("meddra", "1.0", "m").size(), "two batches were stored before the stop");

        CountingEmbedder second = new CountingEmbedder();
        List<VectorProgress> seen = new ArrayList<>();
        VectorProgress done = new VectorJob(rows, second, "m", 3).run(release, seen::add);
        assertEquals(6, seen.get(0).done(), "progress starts from what is stored");
        assertEquals(total - 6, second.names.get(), "only the missing names are embedded");
        assertEquals("COMPLETE", done.state());

        CountingEmbedder third = new CountingEmbedder();
        VectorProgress again = new VectorJob(rows, third, "m", 3).run(release, p -> { });
        assertEquals(0, third.names.get(), "a restart with complete vectors embeds nothing");
        assertEquals("COMPLETE", again.state());
        assertEquals(total, again.done());
    }

    @Test
    void anotherReleaseOrModelHasItsOwnRows() {
        MemoryRows rows = new MemoryRows();
        new VectorJob(rows, new CountingEmbedder(), "m", 8).run(release, p -> { });
        CountingEmbedder other = new CountingEmbedder();
        new VectorJob(rows, other, "m", 8).run(FixtureTerminology.release("2.0"), p -> { });
        assertEquals(TermVectors.namesToEmbed(FixtureTerminology.release("2.0")).size(), other.names.get());
        CountingEmbedder otherModel = new CountingEmbedder();
        new VectorJob(rows, otherModel, "m2", 8).run(release, p -> { });
        assertEquals(total, otherModel.names.get());
    }
}
