package org.pvcoder.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.pvcoder.common.security.Roles;
import org.pvcoder.users.AppUser;
import org.pvcoder.users.UserService;

import java.util.List;

/** One user per role for API tests; each is named after its role and shares one password. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-123";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private TestUsers() {
    }

    /** Creates the users once per test JVM (they survive in the shared in-memory database). */
    public static synchronized void ensure(UserService users) {
        for (String role : Roles.ALL) {
            if (!role.equals(Roles.ADMIN) && io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> AppUser.findByUsername(role).isEmpty())) {
                users.create(role, PASSWORD, List.of(role));
            }
        }
    }

    /** A request logged in as the user of that role. */
    public static RequestSpecification as(String role) {
        String password = role.equals(Roles.ADMIN) ? ADMIN_PASSWORD : PASSWORD;
        return RestAssured.given().auth().preemptive().basic(role, password);
    }
}
