package id.netralitas.report;

import static id.netralitas.report.ReportFixtures.etag;
import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.multipart;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code MARK_DUPLICATE} merges: the duplicate's evidence, officers' notes and the persons the survivor
 * does not name move to the surviving case; the duplicate's receipt shows the survivor but keeps its own
 * conversation; a duplicate of a duplicate joins the survivor; a decided survivor takes no new persons;
 * an officer merges only into a case in its own scope.
 */
@QuarkusTest
class CaseMergeHttpTest {

    private static final String KENDARI = "KOTA-74.71";

    private static JsonPath submit(Map<String, Object> body) {
        return anonymous().contentType("application/json").body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> naming(String nip, String otherName) {
        Map<String, Object> body = ReportFixtures.report(nip);
        if (otherName != null) {
            ((List<Map<String, Object>>) body.get("reportedEmployees")).add(Map.of("name", otherName,
                    "agencyText", "Dinas Pendidikan Kota Kendari", "jabatan", "Guru"));
        }
        return body;
    }

    @Test
    void aDuplicateMergesIntoTheSurvivorAndItsReceiptFollows() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        JsonPath survivor = submit(naming(nip, null));
        JsonPath duplicate = submit(naming(nip, "Wa Ode Sartini"));
        String a = survivor.getString("report.id");
        String b = duplicate.getString("report.id");
        multipart(null).multiPart("kind", "TAUTAN").multiPart("url", "https://www.facebook.com/posts/kampanye-" + nip)
                .post("/api/v1/receipts/" + duplicate.getString("receipt") + "/evidence").then().statusCode(201);
        anonymous().contentType("application/json").body(Map.of("body", "Saya punya saksi tambahan."))
                .post("/api/v1/receipts/" + duplicate.getString("receipt") + "/messages").then().statusCode(201);
        as(Tokens.bawaslu()).contentType("application/json").body(Map.of("kind", "INTERNAL_NOTE", "body", "Sama dengan laporan lain."))
                .post("/api/v1/reports/" + b + "/messages").then().statusCode(201);

        ReportFixtures.move(Tokens.bawaslu(), b, etag(b), Map.of("action", "MARK_DUPLICATE", "duplicateOf",
                survivor.getString("report.caseNumber")));

        as(Tokens.bawaslu()).get("/api/v1/reports/" + a).then().statusCode(200)
                .body("reportedEmployees.name", hasItem("Wa Ode Sartini"))
                .body("reportedEmployees.size()", equalTo(2));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + a + "/evidence").then().statusCode(200)
                .body("url", hasItem("https://www.facebook.com/posts/kampanye-" + nip));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + a + "/messages").then().statusCode(200)
                .body("body", hasItem("Sama dengan laporan lain.")).body("body", not(hasItem("Saya punya saksi tambahan.")));
        as(Tokens.admin()).get("/api/v1/reports/" + a + "/history?size=100").then()
                .body("items[-1].type", equalTo("MERGED"))
                .body("items[-1].details", containsString("merged from: " + duplicate.getString("report.caseNumber")));
        // The duplicate's reporter now follows the surviving case, with their own conversation only.
        anonymous().get("/api/v1/receipts/" + duplicate.getString("receipt")).then().statusCode(200)
                .body("caseNumber", equalTo(survivor.getString("report.caseNumber")))
                .body("messages.body", hasItem("Saya punya saksi tambahan."));
        anonymous().get("/api/v1/receipts/" + survivor.getString("receipt")).then().statusCode(200)
                .body("messages.body", not(hasItem("Saya punya saksi tambahan.")));

        // A duplicate of the duplicate joins the survivor.
        String c = submit(naming(nip, null)).getString("report.id");
        ReportFixtures.move(Tokens.bawaslu(), c, etag(c), Map.of("action", "MARK_DUPLICATE", "duplicateOf", b));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + c).then()
                .body("duplicateOf.caseNumber", equalTo(survivor.getString("report.caseNumber")));
        as(Tokens.admin()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aDecidedSurvivorTakesNoNewPersonsAndAnOfficerMergesOnlyWithinItsScope() {
        String nip = ReportFixtures.employee(KENDARI, "74.71");
        String a = submit(naming(nip, null)).getString("report.id");
        ReportFixtures.move(Tokens.bawaslu(), a, etag(a), Map.of("action", "REJECT_REQUIREMENTS", "note", "Tidak lengkap"));
        String d = submit(naming(nip, "La Ode Baru")).getString("report.id");
        String before = etag(d);
        as(Tokens.bawaslu()).header("If-Match", before).contentType("application/json")
                .body(Map.of("action", "MARK_DUPLICATE", "duplicateOf", a)).post("/api/v1/reports/" + d + "/transitions")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_TARGET_DECIDED"));
        as(Tokens.bawaslu()).get("/api/v1/reports/" + d).then().body("status", equalTo("DITERIMA"));

        // An Aceh officer's own case cannot be merged into a Sulawesi Tenggara case it does not see.
        Map<String, Object> aceh = ReportFixtures.report(ReportFixtures.employee("KOTA-11.71", "11.71"));
        aceh.put("incidentRegionCode", "11.71");
        String e = submit(aceh).getString("report.id");
        as(Tokens.bawaslu("11")).header("If-Match", etag(e)).contentType("application/json")
                .body(Map.of("action", "MARK_DUPLICATE", "duplicateOf", a)).post("/api/v1/reports/" + e + "/transitions")
                .then().statusCode(422).body("errors[0].code", equalTo("REPORT_UNKNOWN"));
    }
}
