package org.pvcoder.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A coder's decision on a task: ACCEPT a code ({@code lltCode}: a candidate or any current term),
 * QUERY the sender ({@code question}), or REJECT the term ({@code reason}).
 */
public record DecisionRequest(
        @NotNull Action action,
        @Pattern(regexp = "[A-Z0-9.]{1,20}", message = "must be a term code") String lltCode,
        @Size(max = 2000) String question,
        @Size(max = 2000) String reason) {

    public enum Action { ACCEPT, QUERY, REJECT }
}
