package org.pvcoder.cases.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the logged-in user and the change reason of the request (Envers creates it). */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            revision.username = SYSTEM;
            return;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        revision.username = identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
        ChangeReason reason = Arc.container().instance(ChangeReason.class).get();
        revision.reason = reason.get();
    }
}
