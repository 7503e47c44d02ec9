package org.pvcoder.review;

import java.util.List;

/** What a coder sees around a verbatim: the case it comes from and what else that case says. */
public record TaskContext(String reportType, boolean serious, List<String> suspectDrugs, List<String> otherReactions,
                          String language, String stage, Double confidence) {

    public static TaskContext none(String stage, Double confidence) {
        return new TaskContext(null, false, List.of(), List.of(), null, stage, confidence);
    }
}
