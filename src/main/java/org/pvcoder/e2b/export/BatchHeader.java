package org.pvcoder.e2b.export;

import java.time.OffsetDateTime;

/** N.1: the batch wrapper's identification: batch number (N.1.2), sender (N.1.3), receiver (N.1.4), time (N.1.5). */
public record BatchHeader(String batchNumber, String senderId, String receiverId, OffsetDateTime creationTime) {
}
