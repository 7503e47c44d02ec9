package org.pvcoder.e2b.read;

import java.util.List;

/** The answer to an import: the batch as identified by its sender, and one result per message, in batch order. */
public record ImportReport(String batchNumber, String senderId, String receiverId, int created, int updated, int rejected,
                           List<MessageResult> messages) {

    public static ImportReport of(IcsrBatchReader.BatchInfo batch, List<MessageResult> messages) {
        int created = (int) messages.stream().filter(m -> m.status() == MessageResult.Status.CREATED).count();
        int updated = (int) messages.stream().filter(m -> m.status() == MessageResult.Status.UPDATED).count();
        return new ImportReport(batch.batchNumber(), batch.senderId(), batch.receiverId(), created, updated,
                messages.size() - created - updated, messages);
    }
}
