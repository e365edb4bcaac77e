package id.netralitas.employee;

import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmployeeResourceTest {

    private static final String KENDARI = "KOTA-74.71";
    private static final String LAHAT = "KAB-16.04";

    private static String create(Map<String, Object> body) {
        return as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/employees")
                .then().statusCode(201).extract().header("ETag");
    }

    @Test
    void registeringReadsBirthDateSexAndAppointmentFromTheNip() {
        String nip = "199705262022031" + TestData.pnsNip().substring(15);
        Map<String, Object> body = TestData.employee(nip, KENDARI, "74.71");
        body.put("nik", "7471012605970001");
        as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/employees").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/employees/" + nip))
                .header("ETag", equalTo("\"0\""))
                .body("nip", equalTo(nip))
                .body("birthDate", equalTo("1997-05-26"))
                .body("sex", equalTo("LAKI_LAKI"))
                .body("appointmentYear", equalTo(2022))
                .body("appointmentMonth", equalTo("2022-03"))
                .body("pangkat", equalTo("Penata Muda"))
                .body("status", equalTo("AKTIF"))
                .body("agencyName", equalTo("Pemerintah Kota Kendari"))
                .body("nik", equalTo("7471012605970001"))
                .body("personnelBlocked", equalTo(false));
        as(Tokens.verifier()).get("/api/v1/employees/" + nip).then().statusCode(200)
                .body("nik", equalTo("7471**********01")).body("birthDate", equalTo("1997-05-26"));
        as(Tokens.bawaslu()).get("/api/v1/employees/" + nip).then().statusCode(200).body("nik", equalTo("7471**********01"));
        as(Tokens.ppk(KENDARI)).get("/api/v1/employees/" + nip).then().statusCode(200).body("nik", equalTo("7471012605970001"));
        as(Tokens.asn(nip)).get("/api/v1/employees/" + nip).then().statusCode(200).body("nik", equalTo("7471012605970001"));
        as(Tokens.asn(TestData.pnsNip())).get("/api/v1/employees/" + nip).then().statusCode(403)
                .body("code", equalTo("EMPLOYEE_OUT_OF_SCOPE"));
        as(Tokens.ppk(LAHAT)).get("/api/v1/employees/" + nip).then().statusCode(403);
    }

    @Test
    void aPppkNipMakesAPppkWithoutPangkat() {
        String nip = TestData.pppkNip();
        Map<String, Object> body = TestData.employee(nip, KENDARI, "74.71");
        body.put("employeeType", "PPPK");
        body.put("golongan", "ix");
        as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/employees").then().statusCode(201)
                .body("golongan", equalTo("IX")).body("sex", equalTo("PEREMPUAN")).body("appointmentYear", equalTo(2024))
                .body("$", not(org.hamcrest.Matchers.hasKey("pangkat")))
                .body("$", not(org.hamcrest.Matchers.hasKey("appointmentMonth")));
    }

    @Test
    void invalidRecordsAreRefusedPreciselyAndNothingIsWritten() {
        String nip = TestData.pnsNip();
        Map<String, Object> body = TestData.employee(nip, KENDARI, "74.71");

        Map<String, Object> badDate = TestData.employee("199702302022031008", KENDARI, "74.71");
        as(Tokens.admin()).contentType("application/json").body(badDate).post("/api/v1/employees").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("nip")).body("errors[0].code", equalTo("NIP_INVALID"))
                .body("errors[0].message", equalTo("digits 1-8 (19970230) are not a real birth date"));

        Map<String, Object> wrongType = TestData.employee(nip, KENDARI, "74.71");
        wrongType.put("employeeType", "PPPK");
        wrongType.put("golongan", "V");
        as(Tokens.admin()).contentType("application/json").body(wrongType).post("/api/v1/employees").then().statusCode(400)
                .body("errors.field", contains("employeeType")).body("errors[0].code", equalTo("NIP_TYPE_MISMATCH"));

        Map<String, Object> unknownAgency = TestData.employee(nip, "KAB-99.99", "74.71");
        as(Tokens.admin()).contentType("application/json").body(unknownAgency).post("/api/v1/employees").then()
                .statusCode(422).body("errors.field", contains("agencyCode")).body("errors[0].code", equalTo("AGENCY_UNKNOWN"));

        Map<String, Object> badGolongan = TestData.employee(nip, KENDARI, "74.71");
        badGolongan.put("golongan", "XII");
        as(Tokens.admin()).contentType("application/json").body(badGolongan).post("/api/v1/employees").then()
                .statusCode(400).body("errors.field", contains("golongan")).body("errors[0].code", equalTo("GOLONGAN_INVALID"));

        Map<String, Object> badPangkat = TestData.employee(nip, KENDARI, "74.71");
        badPangkat.put("pangkat", "Pembina");
        as(Tokens.admin()).contentType("application/json").body(badPangkat).post("/api/v1/employees").then()
                .statusCode(400).body("errors[0].code", equalTo("PANGKAT_MISMATCH"));

        Map<String, Object> outside = TestData.employee(nip, KENDARI, "16.04");
        as(Tokens.admin()).contentType("application/json").body(outside).post("/api/v1/employees").then()
                .statusCode(400).body("errors[0].code", equalTo("REGION_OUTSIDE_AGENCY"));

        Map<String, Object> wrongNik = TestData.employee(nip, KENDARI, "74.71");
        wrongNik.put("nik", "7471016605970001");
        as(Tokens.admin()).contentType("application/json").body(wrongNik).post("/api/v1/employees").then()
                .statusCode(400).body("errors.field", contains("nik")).body("errors[0].code", equalTo("NIK_NIP_MISMATCH"));

        invalidRequest(Tokens.admin()).contentType("application/json").body(Map.of("nip", nip)).post("/api/v1/employees")
                .then().statusCode(400).body("errors.field", hasItems("name", "employeeType", "golongan", "agencyCode"));

        as(Tokens.admin()).get("/api/v1/employees/" + nip).then().statusCode(404).body("code", equalTo("EMPLOYEE_NOT_FOUND"));

        create(body);
        as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/employees").then().statusCode(409)
                .body("code", equalTo("EMPLOYEE_EXISTS")).body("errors[0].field", equalTo("nip"));
        as(Tokens.admin()).get("/api/v1/employees?nip=" + nip).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aPpkWorksOnlyOnItsOwnAgency() {
        String mine = TestData.pnsNip();
        String theirs = TestData.pnsNip();
        as(Tokens.ppk(KENDARI)).contentType("application/json").body(TestData.employee(theirs, LAHAT, "16.04"))
                .post("/api/v1/employees").then().statusCode(403).body("code", equalTo("AGENCY_OUT_OF_SCOPE"));
        as(Tokens.admin()).get("/api/v1/employees/" + theirs).then().statusCode(404);
        String etag = as(Tokens.ppk(KENDARI)).contentType("application/json").body(TestData.employee(mine, KENDARI, "74.71"))
                .post("/api/v1/employees").then().statusCode(201).extract().header("ETag");
        String theirsEtag = create(TestData.employee(theirs, LAHAT, "16.04"));

        Map<String, Object> edit = TestData.employee(theirs, LAHAT, "16.04");
        edit.put("status", "AKTIF");
        edit.put("jabatanName", "Diubah oleh PPK lain");
        as(Tokens.ppk(KENDARI)).header("If-Match", theirsEtag).contentType("application/json").body(edit)
                .put("/api/v1/employees/" + theirs).then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/employees/" + theirs).then().body("jabatanName", equalTo("Analis Kebijakan Ahli Pertama"));

        Map<String, Object> move = TestData.employee(mine, LAHAT, "16.04");
        move.put("status", "AKTIF");
        as(Tokens.ppk(KENDARI)).header("If-Match", etag).contentType("application/json").body(move)
                .put("/api/v1/employees/" + mine).then().statusCode(403);

        Map<String, Object> own = TestData.employee(mine, KENDARI, "74.71");
        own.put("status", "AKTIF");
        own.put("jabatanName", "Analis SDM Aparatur Ahli Muda");
        as(Tokens.ppk(KENDARI)).header("If-Match", etag).contentType("application/json").body(own)
                .put("/api/v1/employees/" + mine).then().statusCode(200).body("jabatanName", equalTo("Analis SDM Aparatur Ahli Muda"));

        as(Tokens.ppk(KENDARI)).get("/api/v1/employees?size=100").then().statusCode(200)
                .body("items.agencyCode", everyItem(equalTo(KENDARI))).body("items.nip", hasItem(mine));
        as(Tokens.ppk(KENDARI)).get("/api/v1/employees?agencyCode=" + LAHAT).then().statusCode(403);
        as(Tokens.asn(mine)).get("/api/v1/employees").then().statusCode(403);
    }

    @Test
    void replacingNeedsTheCurrentETagAndStatusChangesAreKept() {
        String nip = TestData.pnsNip();
        String etag = create(TestData.employee(nip, KENDARI, "74.71"));
        Map<String, Object> retire = TestData.employee(nip, KENDARI, "74.71");
        retire.put("status", "PENSIUN");
        retire.put("statusNote", "SK pensiun 800/123/2026");
        invalidRequest(Tokens.admin()).contentType("application/json").body(retire).put("/api/v1/employees/" + nip)
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        as(Tokens.admin()).header("If-Match", "\"7\"").contentType("application/json").body(retire)
                .put("/api/v1/employees/" + nip).then().statusCode(412).body("currentETag", equalTo(etag));
        Map<String, Object> noStatus = TestData.employee(nip, KENDARI, "74.71");
        as(Tokens.admin()).header("If-Match", etag).contentType("application/json").body(noStatus)
                .put("/api/v1/employees/" + nip).then().statusCode(400).body("errors[0].field", equalTo("status"));
        Map<String, Object> otherNip = TestData.employee(TestData.pnsNip(), KENDARI, "74.71");
        otherNip.put("status", "PENSIUN");
        as(Tokens.admin()).header("If-Match", etag).contentType("application/json").body(otherNip)
                .put("/api/v1/employees/" + nip).then().statusCode(400).body("errors[0].code", equalTo("NIP_IMMUTABLE"));
        as(Tokens.admin()).get("/api/v1/employees/" + nip).then().body("status", equalTo("AKTIF")).header("ETag", equalTo(etag));

        as(Tokens.admin()).header("If-Match", etag).contentType("application/json").body(retire)
                .put("/api/v1/employees/" + nip).then().statusCode(200).body("status", equalTo("PENSIUN"))
                .header("ETag", equalTo("\"1\""));
        as(Tokens.verifier()).get("/api/v1/employees/" + nip + "/status-history").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].toStatus", equalTo("AKTIF"))
                .body("items[1].fromStatus", equalTo("AKTIF"))
                .body("items[1].toStatus", equalTo("PENSIUN"))
                .body("items[1].changedBy", equalTo("admin@test"))
                .body("items[1].changedVia", equalTo("API"))
                .body("items[1].note", equalTo("SK pensiun 800/123/2026"));
    }

    @Test
    void searchByRegionIncludesTheRegionsBelowAndNamesAreCaseInsensitive() {
        String province = TestData.pnsNip();
        String city = TestData.pnsNip();
        String elsewhere = TestData.pnsNip();
        Map<String, Object> atProvince = TestData.employee(province, "PROV-74", "74");
        atProvince.put("name", "Siti Rahmawati Wulandari");
        create(atProvince);
        Map<String, Object> inCity = TestData.employee(city, KENDARI, "74.71");
        inCity.put("name", "La Ode Wulandari");
        create(inCity);
        Map<String, Object> inLahat = TestData.employee(elsewhere, LAHAT, "16.04");
        inLahat.put("name", "Rina Wulandari");
        create(inLahat);
        as(Tokens.verifier()).get("/api/v1/employees?regionCode=74&q=WULANDARI&size=100").then().statusCode(200)
                .body("items.nip", hasItems(province, city))
                .body("items.nip", not(hasItem(elsewhere)))
                .body("items.regionCode", everyItem(startsWith("74")));
        as(Tokens.verifier()).get("/api/v1/employees?q=wulandari&size=100").then().statusCode(200)
                .body("items.nip", hasItems(province, city, elsewhere));
        as(Tokens.verifier()).get("/api/v1/employees?regionCode=7471&q=wULANdari").then().statusCode(200)
                .body("items.nip", contains(city));
        as(Tokens.verifier()).get("/api/v1/employees?q=la ode&employeeType=PNS&jabatanCategory=FUNGSIONAL&status=AKTIF")
                .then().statusCode(200).body("items.nip", hasItem(city));
        invalidRequest(Tokens.verifier()).get("/api/v1/employees?employeeType=HONORER").then().statusCode(400)
                .body("errors[0].field", equalTo("employeeType"));
        invalidRequest(Tokens.verifier()).get("/api/v1/employees?nip=12345").then().statusCode(400)
                .body("errors[0].code", equalTo("NIP_INVALID"));
        List<String> sorted = as(Tokens.verifier()).get("/api/v1/employees?q=wulandari&sort=name&size=100")
                .then().statusCode(200).extract().path("items.name");
        org.junit.jupiter.api.Assertions.assertEquals(sorted.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), sorted);
    }
}
