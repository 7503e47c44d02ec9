package org.pvcoder.common.load;

import io.agroal.api.AgroalDataSource;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Row counts of a dictionary's tables, and the check that a refused release load left them as they were. */
@ApplicationScoped
public class DictionaryTables {

    @Inject
    AgroalDataSource dataSource;

    public Map<String, Long> counts(List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * Posts the release to the loading endpoint and checks the answer is 422 problem+json whose first error has
     * this pointer and message, and that no table gained or lost a row.
     */
    public ValidatableResponse loadRefused(String endpoint, Path release, List<String> tables, Map<String, Long> before,
                                           String pointer, String message) throws SQLException {
        ValidatableResponse response = given().contentType("application/json").body(Map.of("path", release.toString()))
                .when().post(endpoint)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Unprocessable content"))
                .body("errors[0].pointer", equalTo(pointer))
                .body("errors[0].message", containsString(message));
        assertEquals(before, counts(tables), "a refused release must leave no row behind");
        return response;
    }
}
