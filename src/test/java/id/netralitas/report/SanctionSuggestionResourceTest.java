package id.netralitas.report;

import id.netralitas.report.SanctionSuggestionService;
import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netralitas.common.error.ApiException;
import id.netralitas.employee.EmployeeType;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SanctionSuggestionResourceTest {

    private static final String PATH = "/api/v1/sanction-suggestions";

    @Inject
    SanctionSuggestionService service;

    private static String request(String codes, String date, String election, String employeeType) {
        return "{\"violationTypeCodes\":[" + codes + "],\"incidentDate\":\"" + date + "\","
                + (election == null ? "" : "\"electionCode\":\"" + election + "\",")
                + "\"employeeType\":\"" + employeeType + "\"}";
    }

    @Test
    void d06InPilkada2024SuggestsTheBeratSanctionsOfPp94CitingPasal14AndBkn() {
        anonymous().contentType("application/json").body(request("\"D-06\"", "2024-10-10", "PILKADA-2024", "PNS"))
                .post(PATH).then().statusCode(200)
                .body("electionCode", equalTo("PILKADA-2024"))
                .body("electionPhase", equalTo("CAMPAIGN"))
                .body("candidatePhase", equalTo("CALON"))
                .body("handlingAuthority.code", equalTo("BKN"))
                .body("intakeAuthority.code", equalTo("BAWASLU"))
                .body("items", hasSize(1))
                .body("items[0].violationType.code", equalTo("D-06"))
                .body("items[0].violationType.version", equalTo(2))
                .body("items[0].sanctions.code", contains("BEBAS_JABATAN_PELAKSANA_12", "PDHTAPS", "TURUN_JABATAN_12"))
                .body("items[0].sanctions.level", everyItem(equalTo("BERAT")))
                .body("items[0].sanctions.legalBasis.citation.flatten()", everyItem(startsWith("PP 94/2021 Pasal 8 ayat (4)")))
                .body("items[0].legalBasis.citation", hasItem("PP 94/2021 Pasal 14 huruf i"))
                .body("items[0].legalBasis.regulationCode", not(hasItem("UU-5-2014")))
                .body("items[0].warnings.code", contains("SUGGESTION_BASIS_NOT_IN_FORCE"))
                .body("items[0].warnings[0].message", equalTo("UU 5/2014 Pasal 9 ayat (2) was not in force on 2024-10-10 and is left out."))
                .body("disclaimer", startsWith("A suggestion"));
    }

    @Test
    void anIncidentIn2020GetsThePp53LadderAndKasn() {
        anonymous().contentType("application/json").body(request("\"D-06\"", "2020-10-10", null, "PNS"))
                .post(PATH).then().statusCode(200)
                .body("handlingAuthority.code", equalTo("KASN"))
                .body("$", not(org.hamcrest.Matchers.hasKey("electionCode")))
                .body("items[0].violationType.version", equalTo(1))
                .body("items[0].violationType.sourceRegulationCode", equalTo("SKB-2020"))
                .body("items[0].sanctions.code", contains("LEGACY_PP53_BEBAS_JABATAN", "LEGACY_PP53_PDHTAPS",
                        "LEGACY_PP53_PINDAH_TURUN_JABATAN", "LEGACY_PP53_PTDH", "LEGACY_PP53_TURUN_PANGKAT_3_TAHUN"))
                .body("items[0].sanctions.legalBasis.regulationCode.flatten()", everyItem(equalTo("PP-53-2010")))
                .body("items[0].legalBasis.regulationCode", hasItem("PP-53-2010"))
                .body("items[0].legalBasis.regulationCode", not(hasItem("PP-94-2021")))
                .body("items[0].warnings", hasSize(0));
    }

    @Test
    void ethicsBreachesOfBakalCalonGetMoralSanctions() {
        anonymous().contentType("application/json").body(request("\"KE-04\",\"D-06\"", "2024-06-01", "PILKADA-2024", "CPNS"))
                .post(PATH).then().statusCode(200)
                .body("electionPhase", equalTo("BEFORE_CAMPAIGN"))
                .body("candidatePhase", equalTo("BAKAL_CALON"))
                .body("items.violationType.code", contains("KE-04", "D-06"))
                .body("items[0].sanctions.code", contains("MORAL_TERBUKA", "MORAL_TERTUTUP"))
                .body("items[0].legalBasis.citation", hasItem("PP 42/2004 Pasal 11 huruf c"))
                .body("items[1].warnings.code", hasItem("SUGGESTION_PHASE_MISMATCH"));
    }

    @Test
    void ptdhAndTheOtherLevelsFollowTheCatalogue() {
        anonymous().contentType("application/json").body(request("\"D-05\"", "2024-10-10", null, "PPPK")).post(PATH)
                .then().statusCode(200)
                .body("items[0].sanctions.code", contains("PTDH"))
                .body("items[0].sanctions[0].version", equalTo(2))
                .body("items[0].legalBasis.citation", contains("UU 20/2023 Pasal 52 ayat (3) huruf j", "UU 20/2023 Pasal 52 ayat (4)"));
        anonymous().contentType("application/json").body(request("\"D-05\"", "2020-10-10", null, "PPPK")).post(PATH)
                .then().statusCode(200)
                .body("items[0].sanctions", hasSize(0))
                .body("items[0].warnings.code", contains("SUGGESTION_NO_SANCTION"));
        anonymous().contentType("application/json").body(request("\"PID-01\",\"D-13\"", "2024-01-10", "PEMILU-2024", "PNS"))
                .post(PATH).then().statusCode(200)
                .body("items[0].sanctions", hasSize(0))
                .body("items[0].warnings.code", contains("SUGGESTION_LEVEL_BY_OTHER_LAW"))
                .body("items[1].sanctions.level", hasItem("RINGAN"))
                .body("items[1].sanctions.level", hasItem("PTDH"));
        anonymous().contentType("application/json").body(request("\"D-06\"", "2021-06-01", "PEMILU-2024", "PNS")).post(PATH)
                .then().statusCode(200)
                .body("warnings.code", contains("SUGGESTION_OUTSIDE_INCIDENT_WINDOW"));
    }

    @Test
    void warningsSpeakIndonesianWhenAsked() {
        anonymous().header("Accept-Language", "id").contentType("application/json")
                .body(request("\"D-06\"", "2024-10-10", null, "PNS")).post(PATH).then().statusCode(200)
                .body("items[0].warnings[0].message", equalTo("UU 5/2014 Pasal 9 ayat (2) tidak berlaku pada 2024-10-10 sehingga tidak dicantumkan."))
                .body("disclaimer", containsString("bukan keputusan"));
    }

    @Test
    void aTokenIsNotNeededButIsAccepted() {
        as(Tokens.ppk("KOTA-74.71")).contentType("application/json").body(request("\"D-06\"", "2024-10-10", null, "PNS"))
                .post(PATH).then().statusCode(200).body("handlingAuthority.code", equalTo("BKN"));
    }

    @Test
    void badInputIs400AndUnknownReferencesAre422() {
        invalidRequest().contentType("application/json").body(request("", "2024-10-10", null, "PNS")).post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("violationTypeCodes"));
        invalidRequest().contentType("application/json").body(request("\"D-06\",\"D-06\"", "2024-10-10", null, "PNS"))
                .post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("violationTypeCodes[1]")).body("errors[0].code", equalTo("DUPLICATE"));
        invalidRequest().contentType("application/json").body(request("\"d-06\"", "2024-10-10", null, "PNS")).post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("violationTypeCodes[0]"));
        invalidRequest().contentType("application/json").body(request("\"D-06\"", "2999-01-01", null, "PNS")).post(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("incidentDate")).body("errors[0].code", equalTo("DATE_IN_FUTURE"));
        invalidRequest().contentType("application/json").body(request("\"D-06\"", "2024-02-30", null, "PNS")).post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("incidentDate"));
        invalidRequest().contentType("application/json").body(request("\"D-06\"", "2024-10-10", null, "HONORER")).post(PATH)
                .then().statusCode(400).body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
        invalidRequest().contentType("application/json").body("{\"violationTypeCodes\":[\"D-06\"]}").post(PATH)
                .then().statusCode(400).body("errors.field", contains("employeeType", "incidentDate"));
        invalidRequest().contentType("application/json").body("not json").post(PATH).then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        anonymous().contentType("application/json").body(request("\"D-99\",\"KE-01\"", "2019-01-01", "PILKADA-2030", "PNS"))
                .post(PATH).then().statusCode(422)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("electionCode", "violationTypeCodes[0]", "violationTypeCodes[1]"))
                .body("errors.code", contains("ELECTION_UNKNOWN", "VIOLATION_TYPE_UNKNOWN", "VIOLATION_TYPE_NOT_VALID_ON"));
    }

    @Test
    void theServiceMethodIsTheSameRuleForOtherFeatures() {
        SanctionSuggestionService.Suggestion s = service.suggest(List.of("D-06"), LocalDate.parse("2024-10-10"),
                "PILKADA-2024", EmployeeType.PNS);
        assertEquals("BKN", s.handlingAuthority().code);
        assertEquals(List.of("BEBAS_JABATAN_PELAKSANA_12", "PDHTAPS", "TURUN_JABATAN_12"),
                s.items().get(0).sanctions().stream().map(x -> x.code).toList());
        SanctionSuggestionService.Suggestion old = service.suggest(List.of("D-06"), LocalDate.parse("2020-10-10"), null,
                EmployeeType.PNS);
        assertEquals("KASN", old.handlingAuthority().code);
        ApiException e = assertThrows(ApiException.class, () -> service.suggest(List.of(), LocalDate.parse("2020-10-10"),
                null, EmployeeType.PNS));
        assertEquals(400, e.status());
    }
}
