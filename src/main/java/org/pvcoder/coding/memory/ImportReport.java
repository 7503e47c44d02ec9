package org.pvcoder.coding.memory;

import java.util.List;

/**
 * What a memory import did: rows read, pairs learned, pairs already known, and each rejected row by line.
 */
public record ImportReport(String system, String version, int rows, int imported, int alreadyKnown,
                           List<RejectedRow> rejected) {

    /** A row that was not learned, and why. */
    public record RejectedRow(long line, String message) {
    }
}
