package id.netralitas.pact;

import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.csv.CsvReader;
import id.netralitas.testsupport.Contract;
import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code Accept: text/csv} on the signature list: header, neutralised formulas, and the list's scope. */
@QuarkusTest
class PactCsvExportTest {

    private static List<List<String>> parse(String body) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(body))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void signaturesExportAsCsvWithinTheCallersScope() throws IOException {
        String election = PactFixtures.election();
        String nip = TestData.pnsNip();
        Map<String, Object> employee = TestData.employee(nip, PactFixtures.BAUBAU, "74.72");
        employee.put("name", "=SUM(A1:A9)");
        as(Tokens.admin()).contentType("application/json").body(employee).post("/api/v1/employees").then().statusCode(201);
        String id = as(Tokens.asn(nip)).contentType("application/json").body(Map.of("electionCode", election))
                .post("/api/v1/pact-signatures").then().statusCode(201).extract().path("id");

        String body = as(Tokens.ppk(PactFixtures.BAUBAU)).accept("text/csv")
                .get("/api/v1/pact-signatures?electionCode=" + election + "&nip=" + nip).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"pact-signatures.csv\""))
                .extract().asString();
        assertTrue(body.startsWith(Contract.csvHeader("listPactSignatures") + "\r\n"), body);
        List<List<String>> rows = parse(body);
        assertEquals(2, rows.size(), body);
        List<String> row = rows.get(1);
        assertEquals(id, row.get(0));
        assertEquals(nip, row.get(4));
        assertEquals("'=SUM(A1:A9)", row.get(5));
        assertEquals(PactFixtures.BAUBAU, row.get(8));
        assertEquals("PERSETUJUAN_ELEKTRONIK", row.get(11));
        assertEquals("VALID", row.get(15));

        // The same scope as the JSON list: another agency's PPK finds nothing of Baubau and may not ask for it.
        assertEquals(1, parse(as(Tokens.ppk("KAB-74.02")).accept("text/csv")
                .get("/api/v1/pact-signatures?nip=" + nip).then().statusCode(200).extract().asString()).size());
        as(Tokens.ppk("KAB-74.02")).accept("text/csv").get("/api/v1/pact-signatures?agencyCode=" + PactFixtures.BAUBAU)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("AGENCY_OUT_OF_SCOPE"));
        // Without Accept: text/csv the list stays JSON.
        as(Tokens.admin()).get("/api/v1/pact-signatures?nip=" + nip).then().statusCode(200)
                .body("items[0].id", equalTo(id));
    }
}
