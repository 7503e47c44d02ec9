package org.pvcoder.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pvcoder.support.Examples;
import org.pvcoder.support.TestUsers;
import org.pvcoder.users.UserService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each role against each endpoint: allowed ones never answer 401/403, the others answer 403; nobody gets in without credentials. */
@QuarkusTest
class RoleMatrixTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    UserService users;

    record Endpoint(String name, Set<String> allowed, Function<RequestSpecification, io.restassured.response.Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Set<String> EVERYONE = Set.of("admin", "intake", "coder", "reviewer", "viewer");

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /api/cases", Set.of("admin", "intake"),
                        r -> r.contentType(ContentType.JSON).body(Examples.minimalCase("RM-" + SEQ.incrementAndGet())).post("/api/cases")),
                new Endpoint("GET /api/cases", EVERYONE, r -> r.get("/api/cases")),
                new Endpoint("GET /api/cases/{id}", EVERYONE, r -> r.get("/api/cases/1")),
                new Endpoint("PUT /api/cases/{id}", Set.of("admin", "intake"),
                        r -> r.contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Examples.minimalCase("RM-PUT")).put("/api/cases/999999")),
                new Endpoint("DELETE /api/cases/{id}", Set.of("admin"), r -> r.delete("/api/cases/999999")),
                new Endpoint("GET /api/cases/{id}/versions", EVERYONE, r -> r.get("/api/cases/1/versions")),
                new Endpoint("GET /api/cases/{id}/versions/{n}", EVERYONE, r -> r.get("/api/cases/1/versions/1")),
                new Endpoint("GET /api/cases/{id}/audit", EVERYONE, r -> r.get("/api/cases/1/audit")),
                new Endpoint("POST /api/users", Set.of("admin"),
                        r -> r.contentType(ContentType.JSON).body("{\"username\":\"rm" + SEQ.incrementAndGet()
                                + "\",\"password\":\"long-enough-password\",\"roles\":[\"viewer\"]}").post("/api/users")),
                new Endpoint("GET /api/users/me", EVERYONE, r -> r.get("/api/users/me")));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (String role : EVERYONE) {
                cells.add(Arguments.of(e, role));
            }
        }
        return cells.stream();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure(users);
    }

    @ParameterizedTest(name = "{1} → {0}")
    @MethodSource("matrix")
    void roleIsAllowedOrForbidden(Endpoint endpoint, String role) {
        int status = endpoint.call().apply(TestUsers.as(role)).statusCode();
        if (endpoint.allowed().contains(role)) {
            assertNotEquals(403, status, role + " must be allowed " + endpoint);
            assertNotEquals(401, status, role + " must be allowed " + endpoint);
        } else {
            assertEquals(403, status, role + " must be refused " + endpoint);
        }
    }

    @ParameterizedTest(name = "anonymous → {0}")
    @MethodSource("endpoints")
    void withoutCredentialsIs401Problem(Endpoint endpoint) {
        endpoint.call().apply(RestAssured.given()).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Basic realm=\"pv-coder\"")
                .body("status", equalTo(401));
    }

    @ParameterizedTest(name = "wrong password → {0}")
    @MethodSource("endpoints")
    void wrongPasswordIs401(Endpoint endpoint) {
        endpoint.call().apply(RestAssured.given().auth().preemptive().basic("viewer", "not-the-password")).then().statusCode(401);
    }

    @ParameterizedTest(name = "forbidden body → {0}")
    @MethodSource("endpoints")
    void forbiddenIsProblemJson(Endpoint endpoint) {
        String outsider = EVERYONE.stream().filter(r -> !endpoint.allowed().contains(r)).findFirst().orElse(null);
        if (outsider != null) {
            endpoint.call().apply(TestUsers.as(outsider)).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("https://pvcoder.org/problems/forbidden"));
        }
    }
}
