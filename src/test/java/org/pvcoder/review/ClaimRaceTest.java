package org.pvcoder.review;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.CodingService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many coders claiming at once (on PostgreSQL in the -Ppostgresql run): every task is handed out exactly once. */
@QuarkusTest
class ClaimRaceTest {

    private static final int TASKS = 60;
    private static final int CODERS = 8;

    @Inject
    ReviewQueue queue;

    @Inject
    CodingService coding;

    @Test
    void noTaskIsHandedOutTwice() throws Exception {
        CodingResult unsure = coding.code("meddra", List.of("claim race verbatim")).get(0);
        Set<Long> created = new HashSet<>();
        for (int i = 0; i < TASKS; i++) {
            created.add(queue.openForBatch(unsure).id());
        }
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CODERS);
        List<Future<?>> workers = new ArrayList<>();
        long began = System.nanoTime();
        for (int c = 0; c < CODERS; c++) {
            String coder = "race-coder-" + c;
            workers.add(pool.submit(() -> {
                start.await();
                for (Optional<TaskView> task = queue.claimNext(coder); task.isPresent(); task = queue.claimNext(coder)) {
                    claimed.add(task.get().id());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(2, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        List<Long> mine = claimed.stream().filter(created::contains).toList();
        assertEquals(TASKS, mine.size(), "every task claimed once");
        assertEquals(TASKS, new HashSet<>(mine).size(), "no task claimed twice");
        assertTrue(claimed.stream().allMatch(id -> queue.get(id).status().equals("CLAIMED")));
        System.out.printf("ClaimRaceTest: %d claims by %d threads in %.2f s (%.0f claims/s)%n", claimed.size(), CODERS, seconds,
                claimed.size() / seconds);
    }
}
