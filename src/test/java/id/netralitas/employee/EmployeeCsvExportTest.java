package id.netralitas.employee;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code Accept: text/csv} on the employee list: header, quoting, neutralised formulas, masking and scope. */
@QuarkusTest
class EmployeeCsvExportTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String LAHAT = "KAB-16.04";

    private static String register(String agency, String region, String name, boolean withNik) {
        String nip = TestData.pnsNip();
        Map<String, Object> body = TestData.employee(nip, agency, region);
        body.put("name", name);
        if (withNik) {
            body.put("nik", TestData.nikFor(nip));
        }
        as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/employees").then().statusCode(201);
        return nip;
    }

    private static String csv(String token, String query) {
        return as(token).accept("text/csv").get("/api/v1/employees" + query).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"employees.csv\""))
                .extract().asString();
    }

    static List<List<String>> parse(String body) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(body))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Optional<List<String>> row(List<List<String>> rows, String nip) {
        return rows.stream().filter(r -> r.get(0).equals(nip)).findFirst();
    }

    @Test
    void aFormulaInANameIsNeutralisedAndQuotedAndTheHeaderComesFirst() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"klik\")";
        String nip = register(KENDARI, "74.71", formula, true);
        String plus = register(KENDARI, "74.71", "+62 811 Ahmad", false);
        String body = csv(Tokens.admin(), "?agencyCode=" + KENDARI + "&q=" + "klik");
        assertTrue(body.startsWith(Contract.csvHeader("listEmployees") + "\r\n"), body);
        // RFC 4180 on the wire: the whole field quoted (it holds commas and quotes), quotes doubled, apostrophe first.
        assertTrue(body.contains(nip + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\",PNS,"), body);
        List<List<String>> rows = parse(body);
        assertEquals(List.of(Contract.csvHeader("listEmployees").split(",")), rows.get(0));
        List<String> row = row(rows, nip).orElseThrow();
        assertEquals("'" + formula, row.get(1));
        assertEquals(KENDARI, row.get(8));
        assertEquals(TestData.nikFor(nip), row.get(16), "admin sees the NIK in full, as in JSON");
        assertEquals("'+62 811 Ahmad", row(parse(csv(Tokens.admin(), "?q=62 811 ahmad")), plus).orElseThrow().get(1));
    }

    @Test
    void personalDataIsMaskedAsInTheJsonViewOfTheSameCaller() throws IOException {
        String nip = register(KENDARI, "74.71", "Wa Ode Masking", true);
        String nik = TestData.nikFor(nip);
        String jsonNik = as(Tokens.verifier()).get("/api/v1/employees?nip=" + nip).then().statusCode(200)
                .extract().path("items[0].nik");
        assertEquals(Nik.mask(nik), jsonNik);
        assertEquals(jsonNik, row(parse(csv(Tokens.verifier(), "?nip=" + nip)), nip).orElseThrow().get(16));
        assertEquals(nik, row(parse(csv(Tokens.ppk(KENDARI), "?nip=" + nip)), nip).orElseThrow().get(16));
    }

    @Test
    void aPpkExportsOnlyItsOwnAgencyAndPagingIsIgnoredButSortIsKept() throws IOException {
        String kendari1 = register(KENDARI, "74.71", "Scope Kendari Satu", false);
        String kendari2 = register(KENDARI, "74.71", "Scope Kendari Dua", false);
        String lahat = register(LAHAT, "16.04", "Scope Lahat", false);
        List<List<String>> rows = parse(csv(Tokens.ppk(KENDARI), "?q=scope&size=1&page=3&sort=-nip"));
        List<List<String>> data = rows.subList(1, rows.size());
        assertTrue(data.stream().allMatch(r -> r.get(8).equals(KENDARI)), "only the ppk's agency");
        assertTrue(row(rows, kendari1).isPresent() && row(rows, kendari2).isPresent(), "every row, not one page");
        assertFalse(row(rows, lahat).isPresent());
        List<String> nips = data.stream().map(r -> r.get(0)).toList();
        assertEquals(nips.stream().sorted(java.util.Comparator.reverseOrder()).toList(), nips, "sort=-nip kept");
        // The whole register, for an admin, holds both agencies.
        List<List<String>> all = parse(csv(Tokens.admin(), "?q=scope"));
        assertTrue(row(all, lahat).isPresent() && row(all, kendari1).isPresent());
    }

    @Test
    void refusalsAreProblemsBeforeAnyCsvIsSent() {
        as(Tokens.ppk(KENDARI)).accept("text/csv").get("/api/v1/employees?agencyCode=" + LAHAT).then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("AGENCY_OUT_OF_SCOPE"));
        as(Tokens.admin()).accept("text/csv").get("/api/v1/employees?sort=shoeSize").then().statusCode(400)
                .body("errors[0].code", equalTo("SORT_FIELD_UNKNOWN"));
        invalidRequest(Tokens.admin()).accept("text/csv").get("/api/v1/employees?status=RETIRED").then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest().accept("text/csv").get("/api/v1/employees").then().statusCode(401);
        invalidRequest(Tokens.asn(TestData.pnsNip())).accept("text/csv").get("/api/v1/employees").then().statusCode(403);
        // Without Accept: text/csv the list is still JSON.
        as(Tokens.admin()).get("/api/v1/employees?size=1").then().statusCode(200).contentType(startsWith("application/json"));
    }
}
