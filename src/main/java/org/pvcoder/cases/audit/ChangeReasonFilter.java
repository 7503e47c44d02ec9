package org.pvcoder.cases.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Takes the {@code X-Change-Reason} header of every request into the audit trail. */
public class ChangeReasonFilter {

    private final ChangeReason reason;

    public ChangeReasonFilter(ChangeReason reason) {
        this.reason = reason;
    }

    @ServerRequestFilter
    public void capture(ContainerRequestContext request) {
        String header = request.getHeaderString(ChangeReason.HEADER);
        if (header != null) {
            reason.set(header.length() > 2000 ? header.substring(0, 2000) : header);
        }
    }
}
