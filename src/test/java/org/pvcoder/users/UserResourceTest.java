package org.pvcoder.users;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pvcoder.support.TestUsers;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class UserResourceTest {

    @Test
    void adminFromConfigurationCanLogIn() {
        TestUsers.as("admin").get("/api/users/me").then().statusCode(200)
                .body("username", equalTo("admin")).body("roles", equalTo(List.of("admin")));
    }

    @Test
    void adminCreatesAUserWhoCanThenLogIn() {
        TestUsers.as("admin").contentType(ContentType.JSON)
                .body("{\"username\":\"dora.coder\",\"password\":\"correct-horse-battery\",\"roles\":[\"coder\",\"reviewer\"]}")
                .post("/api/users").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/users/dora.coder"))
                .body("username", equalTo("dora.coder"))
                .body("roles", equalTo(List.of("coder", "reviewer")))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")));
        TestUsers.as("admin").get("/api/users/dora.coder").then().statusCode(200).body("roles", equalTo(List.of("coder", "reviewer")));
        TestUsers.as("admin").get("/api/users/nobody").then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().auth().preemptive().basic("dora.coder", "correct-horse-battery").get("/api/users/me")
                .then().statusCode(200).body("roles", equalTo(List.of("coder", "reviewer")));
    }

    @Test
    void passwordIsStoredAsBcryptHash() {
        TestUsers.as("admin").contentType(ContentType.JSON)
                .body("{\"username\":\"hash.check\",\"password\":\"plain-text-secret\",\"roles\":[\"viewer\"]}")
                .post("/api/users").then().statusCode(201);
        String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername("hash.check").orElseThrow().passwordHash);
        assertTrue(stored.startsWith("$2"), "bcrypt modular crypt format, was " + stored.substring(0, 3));
        assertTrue(!stored.contains("plain-text-secret"));
    }

    @Test
    void duplicateUserIs409() {
        String body = "{\"username\":\"twice\",\"password\":\"long-enough-password\",\"roles\":[\"viewer\"]}";
        TestUsers.as("admin").contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(201);
        TestUsers.as("admin").contentType(ContentType.JSON).body(body).post("/api/users").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void unknownRoleAndShortPasswordAreNamed() {
        TestUsers.as("admin").contentType(ContentType.JSON)
                .body("{\"username\":\"bad\",\"password\":\"short\",\"roles\":[\"superuser\"]}")
                .post("/api/users").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/password"))
                .body("errors.pointer", hasItem(startsWith("/roles/0")));
    }
}
