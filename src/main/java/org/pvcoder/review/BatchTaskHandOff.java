package org.pvcoder.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.ReviewHandOff;

/** Batch coding with {@code "createTasks": true} opens its unsure results as tasks here. */
@ApplicationScoped
public class BatchTaskHandOff implements ReviewHandOff {

    private final ReviewQueue queue;

    public BatchTaskHandOff(ReviewQueue queue) {
        this.queue = queue;
    }

    @Override
    public long openTask(CodingResult result) {
        return queue.openForBatch(result).id();
    }
}
