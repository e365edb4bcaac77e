package id.netralitas.election;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ElectionResourceTest {

    @Test
    void theSeededElectionsCarryTheirCalendars() {
        anonymous().get("/api/v1/elections/PEMILU-2024").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("type", equalTo("PEMILU")).body("scope", equalTo("NATIONAL"))
                .body("votingDate", equalTo("2024-02-14"))
                .body("campaignStart", equalTo("2023-11-28")).body("campaignEnd", equalTo("2024-02-10"))
                .body("regionCount", equalTo(0))
                .body("legalBasis.citation", contains("UU 7/2017", "SKB 2022"))
                .body("deadlineRules.kind", contains("FINDING", "REPORTING", "PRELIMINARY_REVIEW", "BAWASLU_DECISION",
                        "BAWASLU_DECISION_EXTENSION", "AUTHORITY_VERIFICATION", "PPK_FOLLOW_UP", "SATGAS_VERIFICATION",
                        "INTERNAL_SUMMONS", "INTERNAL_EXAMINATION", "OBJECTION", "ADMINISTRATIVE_APPEAL"))
                .body("deadlineRules.find { it.kind == 'SATGAS_VERIFICATION' }.amount", equalTo(7))
                .body("deadlineRules.find { it.kind == 'REPORTING' }.amount", equalTo(7))
                .body("deadlineRules.find { it.kind == 'REPORTING' }.unit", equalTo("WORKING_DAYS"))
                .body("deadlineRules.find { it.kind == 'REPORTING' }.legalBasis.citation",
                        equalTo("UU 7/2017 Pasal 454 ayat (6)"))
                .body("deadlineRules.find { it.kind == 'BAWASLU_DECISION_EXTENSION' }.amount", equalTo(14));
        anonymous().get("/api/v1/elections/PILKADA-2024").then().statusCode(200)
                .body("scope", equalTo("REGIONAL"))
                .body("regionCount", equalTo(545))
                .body("candidateDeterminationDate", equalTo("2024-09-22"))
                .body("supportCollectionStart", equalTo("2024-05-05")).body("supportCollectionEnd", equalTo("2024-08-19"))
                .body("deadlineRules.find { it.kind == 'REPORTING' }.unit", equalTo("DAYS"))
                .body("deadlineRules.find { it.kind == 'BAWASLU_DECISION' }.amount", equalTo(3))
                .body("deadlineRules.find { it.kind == 'BAWASLU_DECISION_EXTENSION' }.amount", equalTo(2))
                .body("deadlineRules.find { it.kind == 'PPK_FOLLOW_UP' }.note", org.hamcrest.Matchers.containsString("10 days"));
        anonymous().get("/api/v1/elections?year=2024").then().statusCode(200)
                .body("items.code", contains("PILKADA-2024", "PEMILU-2024"));
    }

    @Test
    void pilkada2024LeavesOutDiyAndTheAdministrativeCitiesOfJakarta() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int page = 0; page < 6; page++) {
            codes.addAll(anonymous().get("/api/v1/elections/PILKADA-2024/regions?size=100&page=" + page).then()
                    .statusCode(200).body("totalItems", equalTo(545)).extract().jsonPath().getList("items.code", String.class));
        }
        org.junit.jupiter.api.Assertions.assertEquals(545, codes.size());
        org.junit.jupiter.api.Assertions.assertEquals(545, new java.util.HashSet<>(codes).size());
        org.junit.jupiter.api.Assertions.assertEquals(37, codes.stream().filter(c -> !c.contains(".")).count());
        org.junit.jupiter.api.Assertions.assertEquals(508, codes.stream().filter(c -> c.contains(".")).count());
        org.junit.jupiter.api.Assertions.assertTrue(codes.containsAll(java.util.List.of("11", "11.01", "31", "34.71", "74", "74.13")));
        org.junit.jupiter.api.Assertions.assertFalse(codes.contains("34"), "DI Yogyakarta elects no governor");
        org.junit.jupiter.api.Assertions.assertTrue(codes.stream().noneMatch(c -> c.startsWith("31.")),
                "the kota and kabupaten of DKI Jakarta are administrative");
        anonymous().get("/api/v1/elections?regionCode=34.71&year=2024").then().statusCode(200)
                .body("items.code", contains("PILKADA-2024", "PEMILU-2024"));
        anonymous().get("/api/v1/elections?regionCode=34&type=PILKADA").then().statusCode(200)
                .body("totalItems", equalTo(0));
        // Jakarta Selatan elects no mayor but takes part in the governor election of DKI (31).
        anonymous().get("/api/v1/elections?regionCode=3171&type=PILKADA").then().statusCode(200)
                .body("items.code", contains("PILKADA-2024"));
        anonymous().get("/api/v1/elections?incidentOn=2022-07-01&year=2024").then().statusCode(200)
                .body("items.code", contains("PEMILU-2024"));
        anonymous().get("/api/v1/elections/PEMILU-2024/regions").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void phasesOfTheCampaignCalendar() {
        phase("PILKADA-2024", "2024-06-01", "BEFORE_CAMPAIGN", "BAKAL_CALON");
        phase("PILKADA-2024", "2024-09-21", "BEFORE_CAMPAIGN", "BAKAL_CALON");
        phase("PILKADA-2024", "2024-09-22", "BEFORE_CAMPAIGN", "CALON");
        phase("PILKADA-2024", "2024-09-25", "CAMPAIGN", "CALON");
        phase("PILKADA-2024", "2024-11-23", "CAMPAIGN", "CALON");
        phase("PILKADA-2024", "2024-11-24", "QUIET", "CALON");
        phase("PILKADA-2024", "2024-11-27", "VOTING", "CALON");
        phase("PILKADA-2024", "2024-12-01", "AFTER", "CALON");
        phase("PEMILU-2024", "2024-02-12", "QUIET", "CALON");
        anonymous().get("/api/v1/elections/PILKADA-2024/phase?on=2024-06-01").then().statusCode(200)
                .body("inSupportCollection", equalTo(true)).body("inIncidentWindow", equalTo(true));
        anonymous().get("/api/v1/elections/PILKADA-2024/phase?on=2025-03-01").then().statusCode(200)
                .body("inIncidentWindow", equalTo(false)).body("inSupportCollection", equalTo(false));
    }

    private static void phase(String code, String on, String phase, String candidatePhase) {
        anonymous().get("/api/v1/elections/" + code + "/phase?on=" + on).then().statusCode(200)
                .body("electionCode", equalTo(code)).body("on", equalTo(on))
                .body("phase", equalTo(phase)).body("candidatePhase", equalTo(candidatePhase));
    }

    @Test
    void deadlinesAreComputedWithTheWorkingDayCalendar() {
        anonymous().get("/api/v1/elections/PEMILU-2024/deadlines?from=2024-04-05").then().statusCode(200)
                .body("electionCode", equalTo("PEMILU-2024"))
                .body("items.find { it.rule.kind == 'REPORTING' }.dueDate", equalTo("2024-04-24"))
                .body("items.find { it.rule.kind == 'BAWASLU_DECISION' }.dueDate", equalTo("2024-04-12"))
                .body("items.find { it.rule.kind == 'BAWASLU_DECISION_EXTENSION' }.dueDate", equalTo("2024-05-06"))
                .body("items.find { it.rule.kind == 'PPK_FOLLOW_UP' }.dueDate", equalTo("2024-05-06"));
        anonymous().get("/api/v1/elections/PILKADA-2024/deadlines?from=2024-11-26").then().statusCode(200)
                .body("items.find { it.rule.kind == 'REPORTING' }.dueDate", equalTo("2024-12-03"))
                .body("items.find { it.rule.kind == 'PPK_FOLLOW_UP' }.dueDate", equalTo("2024-12-17"));
        invalidRequest().get("/api/v1/elections/PEMILU-2024/deadlines").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void problems() {
        anonymous().get("/api/v1/elections/PILKADA-2031").then().statusCode(404).body("code", equalTo("ELECTION_NOT_FOUND"));
        anonymous().get("/api/v1/elections/PILKADA-2031/phase?on=2031-01-01").then().statusCode(404);
        invalidRequest().get("/api/v1/elections/pilkada-2024").then().statusCode(400)
                .body("errors[0].code", equalTo("CODE_INVALID"));
        invalidRequest().get("/api/v1/elections/PILKADA-2024/phase?on=2024-11-31").then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        invalidRequest().get("/api/v1/elections?regionCode=99.99").then().statusCode(422)
                .body("errors[0].code", equalTo("REGION_UNKNOWN"));
        invalidRequest().get("/api/v1/elections?regionCode=abc").then().statusCode(400)
                .body("errors[0].code", equalTo("REGION_CODE_INVALID"));
        invalidRequest().get("/api/v1/elections?type=PILPRES").then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
    }

    @Test
    void adminsManageElectionsAndTheirRegions() {
        String admin = Tokens.admin();
        String code = "PSU-2099-" + ThreadLocalRandom.current().nextInt(1000, 100000);
        String body = election(code, "REGIONAL", "2099-04-19");
        invalidRequest().contentType("application/json").body(body).post("/api/v1/elections").then().statusCode(401);
        as(Tokens.bawaslu()).contentType("application/json").body(body).post("/api/v1/elections").then().statusCode(403);
        as(admin).contentType("application/json").body(body).post("/api/v1/elections").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/elections/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("deadlineRules[0].legalBasis.citation", equalTo("UU 10/2016 Pasal 134"))
                .body("regionCount", equalTo(0));
        as(admin).contentType("application/json").body(body).post("/api/v1/elections").then().statusCode(409)
                .body("code", equalTo("ELECTION_CODE_EXISTS"));

        String regions = "{\"regionCodes\":[\"7471\",\"74\"]}";
        invalidRequest().contentType("application/json").body(regions).put("/api/v1/elections/" + code + "/regions")
                .then().statusCode(401);
        as(Tokens.verifier()).contentType("application/json").header("If-Match", "\"0\"").body(regions)
                .put("/api/v1/elections/" + code + "/regions").then().statusCode(403);
        as(admin).contentType("application/json").body(regions).put("/api/v1/elections/" + code + "/regions")
                .then().statusCode(428);
        invalidRequest(admin).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"regionCodes\":[\"74.71\",\"7471\",\"xx\"]}").put("/api/v1/elections/" + code + "/regions")
                .then().statusCode(400)
                .body("errors.field", contains("regionCodes[1]", "regionCodes[2]"))
                .body("errors.code", contains("DUPLICATE", "REGION_CODE_INVALID"));
        as(admin).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"regionCodes\":[\"74.71\",\"74.99\"]}").put("/api/v1/elections/" + code + "/regions")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("regionCodes[1]")).body("errors[0].code", equalTo("REGION_UNKNOWN"));
        as(admin).contentType("application/json").header("If-Match", "\"0\"").body(regions)
                .put("/api/v1/elections/" + code + "/regions").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("regionCount", equalTo(2));
        anonymous().get("/api/v1/elections/" + code + "/regions").then().statusCode(200)
                .body("items.code", contains("74", "74.71"));
        anonymous().get("/api/v1/elections?regionCode=74.13&year=2099").then().statusCode(200)
                .body("items.code", hasItem(code));
        as(admin).contentType("application/json").header("If-Match", "\"0\"").body(regions)
                .put("/api/v1/elections/" + code + "/regions").then().statusCode(412);

        String national = election(null, "NATIONAL", "2099-04-19");
        as(admin).contentType("application/json").header("If-Match", "\"1\"").body(national)
                .put("/api/v1/elections/" + code).then().statusCode(409).body("code", equalTo("ELECTION_HAS_REGIONS"));
        String moved = election(null, "REGIONAL", "2099-04-26");
        as(admin).contentType("application/json").body(moved).put("/api/v1/elections/" + code).then().statusCode(428);
        as(admin).contentType("application/json").header("If-Match", "\"0\"").body(moved)
                .put("/api/v1/elections/" + code).then().statusCode(412);
        as(admin).contentType("application/json").header("If-Match", "\"1\"").body(moved)
                .put("/api/v1/elections/" + code).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("votingDate", equalTo("2099-04-26"))
                .body("regionCount", equalTo(2));
        as(Tokens.ppk("KOTA-74.71")).contentType("application/json").header("If-Match", "\"2\"").body(moved)
                .put("/api/v1/elections/" + code).then().statusCode(403);
    }

    @Test
    void nationalElectionsHaveNoRegionListAndBadCalendarsAreRefused() {
        String admin = Tokens.admin();
        String code = "PEMILU-2099-" + ThreadLocalRandom.current().nextInt(1000, 100000);
        as(admin).contentType("application/json").body(election(code, "NATIONAL", "2099-04-19"))
                .post("/api/v1/elections").then().statusCode(201);
        as(admin).contentType("application/json").header("If-Match", "\"0\"").body("{\"regionCodes\":[\"74\"]}")
                .put("/api/v1/elections/" + code + "/regions").then().statusCode(409)
                .body("code", equalTo("ELECTION_NATIONAL_SCOPE"));
        String bad = election(code + "-X", "REGIONAL", "2099-04-19")
                .replace("\"campaignEnd\":\"2099-04-15\"", "\"campaignEnd\":\"2099-03-01\"")
                .replace("\"supportCollectionStart\":\"2099-01-05\",", "");
        as(admin).contentType("application/json").body(bad).post("/api/v1/elections").then().statusCode(400)
                .body("errors.field", contains("campaignEnd", "supportCollectionStart"))
                .body("errors.code", contains("DATE_ORDER", "REQUIRED_TOGETHER"));
        String duplicateRule = election(code + "-Y", "REGIONAL", "2099-04-19").replace("\"deadlineRules\":[",
                "\"deadlineRules\":[{\"kind\":\"REPORTING\",\"amount\":5,\"unit\":\"DAYS\",\"countedFrom\":\"x\"},");
        as(admin).contentType("application/json").body(duplicateRule).post("/api/v1/elections").then().statusCode(400)
                .body("errors[0].field", equalTo("deadlineRules[1].kind")).body("errors[0].code", equalTo("DUPLICATE"));
        String badRef = election(code + "-Z", "REGIONAL", "2099-04-19").replace("\"pasal\":\"134\"", "\"pasal\":\"999\"");
        as(admin).contentType("application/json").body(badRef).post("/api/v1/elections").then().statusCode(422)
                .body("errors[0].field", equalTo("deadlineRules[0].legalBasis[0].pasal"));
        invalidRequest(admin).contentType("application/json")
                .body(election(code + "-W", "REGIONAL", "2099-04-19").replace("\"amount\":7", "\"amount\":400"))
                .post("/api/v1/elections").then().statusCode(400)
                .body("errors[0].field", equalTo("deadlineRules[0].amount"));
        anonymous().get("/api/v1/elections/" + code + "-X").then().statusCode(404);
    }

    private static String election(String code, String scope, String votingDate) {
        return """
                {%s"type":"PEMUNGUTAN_SUARA_ULANG","name":"Pemungutan suara ulang uji","scope":"%s",
                 "votingDate":"%s","campaignStart":"2099-04-01","campaignEnd":"2099-04-15",
                 "candidateDeterminationDate":"2099-03-25","supportCollectionStart":"2099-01-05",
                 "supportCollectionEnd":"2099-02-05","incidentWindowStart":"2099-03-01","incidentWindowEnd":"2099-06-30",
                 "legalBasis":[{"regulationCode":"UU-10-2016"}],
                 "deadlineRules":[{"kind":"REPORTING","amount":7,"unit":"DAYS","countedFrom":"the day the incident became known",
                   "legalBasis":{"regulationCode":"UU-10-2016","pasal":"134"}}],
                 "note":"test"}""".formatted(code == null ? "" : "\"code\":\"" + code + "\",", scope, votingDate);
    }
}
