package id.netralitas.report;

import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import db.migration.V705__fill_report_search_terms;
import id.netralitas.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * The migration that fills the search terms of cases filed before the index existed writes exactly
 * the terms the service keeps for every case, and search finds the cases again.
 */
@QuarkusTest
class SearchTermsBackfillTest {

    @Inject
    AgroalDataSource dataSource;

    private List<String> rows(Connection connection) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT report_id, term FROM report_search_term ORDER BY report_id, term")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }

    @Test
    void theBackfillWritesTheTermsTheServiceKeeps() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        String nip = ReportFixtures.employee("KOTA-74.71", "74.71");
        Map<String, Object> body = ReportFixtures.bawasluReport(nip, "BACKFILL-" + tag);
        body.put("description", "Camat memasang baliho kandidat di halaman kantor kecamatan, penanda " + tag + ".");
        String id = as(Tokens.bawaslu()).contentType("application/json").body(body).post("/api/v1/reports").then()
                .statusCode(201).extract().path("report.id");
        as(Tokens.verifier()).queryParam("q", "baliho " + tag).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", contains(id));

        try (Connection connection = dataSource.getConnection()) {
            List<String> kept = rows(connection);
            assertFalse(kept.isEmpty());
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM report_search_term");
            }
            as(Tokens.verifier()).queryParam("q", "baliho " + tag).get("/api/v1/reports").then().statusCode(200)
                    .body("totalItems", equalTo(0));
            new V705__fill_report_search_terms().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            assertEquals(kept, rows(connection));
        }
        as(Tokens.verifier()).queryParam("q", "baliho " + tag).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", contains(id));
    }
}
