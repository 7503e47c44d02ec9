package org.pvcoder.cases.audit;

import jakarta.enterprise.context.RequestScoped;

/** Why the current request changes data (the {@code X-Change-Reason} header, or a reason a service gives). */
@RequestScoped
public class ChangeReason {

    public static final String HEADER = "X-Change-Reason";

    private String reason;

    public String get() {
        return reason;
    }

    public void set(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
