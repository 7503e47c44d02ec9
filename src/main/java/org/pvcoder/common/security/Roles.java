package org.pvcoder.common.security;

/** The roles of PV Coder users. Resources name them in {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "admin";
    /** Enters and updates cases. */
    public static final String INTAKE = "intake";
    /** Codes terms and works the review queue. */
    public static final String CODER = "coder";
    /** Decides what coders cannot: synonym approval, reassignment. */
    public static final String REVIEWER = "reviewer";
    /** Reads everything, changes nothing. */
    public static final String VIEWER = "viewer";

    public static final java.util.Set<String> ALL = java.util.Set.of(ADMIN, INTAKE, CODER, REVIEWER, VIEWER);

    private Roles() {
    }
}
