package id.netralitas.region;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.invalidRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionImportTest {

    private static final String HEADER = "code,name,level,parent_code\n";

    @Test
    void importIsAdminOnly() {
        String csv = HEADER + "74.71.91,Kecamatan Uji Akses,KECAMATAN,74.71\n";
        invalidRequest().contentType("text/csv").body(csv).post("/api/v1/region-imports").then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("AUTHENTICATION_REQUIRED"))
                .header("WWW-Authenticate", equalTo("Bearer"));
        as(Tokens.verifier()).contentType("text/csv").body(csv).post("/api/v1/region-imports").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        as(Tokens.ppk("KOTA-74.71")).contentType("text/csv").body(csv).post("/api/v1/region-imports").then().statusCode(403);
        invalidRequest("not.a.token").contentType("text/csv").body(csv)
                .post("/api/v1/region-imports").then().statusCode(401)
                .body("code", equalTo("INVALID_TOKEN"));
        invalidRequest(Tokens.expired()).contentType("text/csv").body(csv)
                .post("/api/v1/region-imports").then().statusCode(401)
                .body("code", equalTo("INVALID_TOKEN"));
        anonymous().get("/api/v1/regions/74.71.91").then().statusCode(404);

        as(Tokens.admin()).contentType("text/csv").body(csv).post("/api/v1/region-imports").then().statusCode(200)
                .body("inserted", equalTo(1));
        anonymous().get("/api/v1/regions/747191").then().statusCode(200)
                .body("name", equalTo("Kecamatan Uji Akses")).body("level", equalTo("KECAMATAN"));
    }

    @Test
    void goodRowsAreWrittenAndBadRowsReportedByLine() {
        String csv = HEADER
                + "74.71.81,Kecamatan Uji Satu,KECAMATAN,74.71\n"           // line 2: ok
                + "74.71.81.2001,\"Desa Uji, Satu\",DESA,74.71.81\n"         // line 3: ok, parent from line 2
                + "74.71.82,Kecamatan Uji Dua,KELURAHAN,74.71\n"             // line 4: level does not fit the code
                + "74.71.83,Kecamatan Uji Tiga,KECAMATAN,74.72\n"            // line 5: wrong parent
                + "74.99.01,Kecamatan Yatim,KECAMATAN,74.99\n"               // line 6: parent unknown
                + "xx,Bukan Kode,PROVINSI,\n"                                // line 7: bad code
                + "74.71.84,Kurang Kolom\n"                                  // line 8: too few fields
                + "74.71.85,Kecamatan Uji Lima,NEGARA,74.71\n";              // line 9: bad level
        as(Tokens.admin()).contentType("text/csv").body(csv).post("/api/v1/region-imports").then().statusCode(200)
                .body("rowsRead", equalTo(8))
                .body("inserted", equalTo(2))
                .body("rejected", equalTo(6))
                .body("errors.line", contains(4, 5, 6, 7, 8, 9))
                .body("errors.code", contains("REGION_LEVEL_MISMATCH", "REGION_PARENT_MISMATCH", "REGION_UNKNOWN",
                        "REGION_CODE_INVALID", "CSV_FIELD_COUNT", "INVALID_ENUM_VALUE"))
                .body("errors.field", contains("level", "parent_code", "parent_code", "code", "row", "level"));
        anonymous().get("/api/v1/regions/74.71.81/children").then().statusCode(200)
                .body("items.name", contains("Desa Uji, Satu"));
        anonymous().get("/api/v1/regions/74.71.82").then().statusCode(404);

        // Re-running changes nothing; a renamed row is an update.
        as(Tokens.admin()).contentType("text/csv").body(HEADER + "74.71.81,Kecamatan Uji Satu,KECAMATAN,74.71\n")
                .post("/api/v1/region-imports").then().statusCode(200)
                .body("unchanged", equalTo(1)).body("inserted", equalTo(0));
        as(Tokens.admin()).contentType("text/csv").body(HEADER + "7471810,x,KECAMATAN,74.71\n74.71.81,Kecamatan Uji Baru,KECAMATAN,74.71\n")
                .post("/api/v1/region-imports").then().statusCode(200)
                .body("updated", equalTo(1)).body("rejected", equalTo(1));
        anonymous().get("/api/v1/regions/74.71.81").then().body("name", equalTo("Kecamatan Uji Baru"));
    }

    @Test
    void unreadableInputIsRejectedAsAWhole() {
        as(Tokens.admin()).contentType("text/csv").body("kode,nama\n74.71.86,X\n")
                .post("/api/v1/region-imports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("CSV_HEADER_INVALID"));
        as(Tokens.admin()).contentType("text/csv").body(HEADER + "74.71.87,\"unterminated,KECAMATAN,74.71\n")
                .post("/api/v1/region-imports").then().statusCode(400)
                .body("code", equalTo("MALFORMED_CSV"));
        anonymous().get("/api/v1/regions/74.71.87").then().statusCode(404);
    }

    @Test
    void bundledKecamatanListImportsOnceAndIsIdempotent() {
        as(Tokens.admin()).contentType("application/json").body("{\"dataset\":\"KECAMATAN\"}")
                .post("/api/v1/region-imports/datasets").then().statusCode(200)
                .body("rowsRead", equalTo(7285))
                .body("rejected", equalTo(0));
        anonymous().get("/api/v1/regions?level=KECAMATAN&parentCode=74.71&size=100").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem("Mandonga"));
        as(Tokens.admin()).contentType("application/json").body("{\"dataset\":\"KECAMATAN\"}")
                .post("/api/v1/region-imports/datasets").then().statusCode(200)
                .body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(7285));
    }

    @Test
    void badJsonBodiesAre400Problems() {
        invalidRequest(Tokens.admin()).contentType("application/json").body("{\"dataset\":")
                .post("/api/v1/region-imports/datasets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"));
        invalidRequest(Tokens.admin()).header("Accept-Language", "id").contentType("application/json")
                .body("{\"dataset\":\"NEGARA\"}")
                .post("/api/v1/region-imports/datasets").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("title", equalTo("Permintaan tidak valid"))
                .body("errors[0].field", equalTo("dataset"))
                .body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
                .body("errors[0].message", equalTo("NEGARA bukan salah satu dari: KECAMATAN, DESA"));
        invalidRequest(Tokens.admin()).contentType("application/json")
                .body("{\"dataset\":\"DESA\",\"force\":true}")
                .post("/api/v1/region-imports/datasets").then().statusCode(400)
                .body("errors[0].field", equalTo("force"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        invalidRequest(Tokens.admin()).contentType("application/json").body("{}")
                .post("/api/v1/region-imports/datasets").then().statusCode(400)
                .body("errors[0].field", equalTo("dataset"))
                .body("errors[0].code", equalTo("NOT_NULL"));
        invalidRequest(Tokens.admin()).contentType("application/json").body("[1,2]")
                .post("/api/v1/region-imports/datasets").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.oneOf("MALFORMED_JSON", "VALIDATION_FAILED"));
        invalidRequest(Tokens.admin()).contentType("application/json")
                .post("/api/v1/region-imports/datasets").then().statusCode(400)
                .body("errors", hasSize(1));
        invalidRequest(Tokens.admin()).contentType("text/plain").body("KECAMATAN")
                .post("/api/v1/region-imports/datasets").then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }
}
