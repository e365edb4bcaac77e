package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netralitas.agency.Agency;
import id.netralitas.common.error.ApiException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakePolicyTest {

    private static final Submitter PUBLIC = new Submitter("anonymous", "public", null);
    private static final Submitter BAWASLU = new Submitter("bawaslu-sultra", "bawaslu", null, Set.of("BAWASLU-SULTRA"));
    private static final Submitter PPK = new Submitter("ppk-kota", "ppk", "KOTA-74.71");

    @Test
    void thePublicMayNotSendAnotherOrigin() {
        ApiException e = assertThrows(ApiException.class,
                () -> IntakePolicy.of(PUBLIC).route(request(ReportOrigin.TEMUAN, null, null, null)));
        assertEquals(403, e.status());
        assertEquals("REPORT_ORIGIN_NOT_ALLOWED", e.code());
    }

    @Test
    void aPpkMayNotSendThroughThePortal() {
        ApiException e = assertThrows(ApiException.class,
                () -> IntakePolicy.of(PPK).route(request(null, ReportChannel.PORTAL, null, null)));
        assertEquals(403, e.status());
        assertEquals("REPORT_CHANNEL_NOT_ALLOWED", e.code());
    }

    @Test
    void defaultsFollowTheSubmitter() {
        IntakePolicy.Route route = IntakePolicy.of(BAWASLU).route(request(null, null, null, null));
        assertEquals(ReportOrigin.TEMUAN, route.origin());
        assertEquals(ReportChannel.BAWASLU, route.channel());
    }

    @Test
    void theSourceComesWithAnExternalId() {
        ApiException e = assertThrows(ApiException.class,
                () -> IntakePolicy.of(BAWASLU).external(request(null, null, "BAWASLU-SULTRA", " ")));
        assertEquals(400, e.status());
        assertEquals("REQUIRED_TOGETHER", e.violations().get(0).code());
        assertEquals("externalId", e.violations().get(0).field());
    }

    @Test
    void bawasluAlwaysNamesItsRegister() {
        ApiException e = assertThrows(ApiException.class,
                () -> IntakePolicy.of(BAWASLU).external(request(null, null, null, null)));
        assertEquals("NOT_NULL", e.violations().get(0).code());
    }

    @Test
    void thePublicFilesUnderNoRegister() {
        ApiException e = assertThrows(ApiException.class,
                () -> IntakePolicy.of(PUBLIC).external(request(null, null, "BAWASLU-SULTRA", "1/2024")));
        assertEquals("NOT_ALLOWED_FOR_PUBLIC", e.violations().get(0).code());
    }

    @Test
    void aRegisterBelongsToTheClientsWhoseTokenListsIt() {
        ApiException e = assertThrows(ApiException.class,
                () -> IntakePolicy.of(BAWASLU).external(request(null, null, "BAWASLU-JABAR", "1/2024")));
        assertEquals(403, e.status());
        assertEquals("SOURCE_NOT_ALLOWED", e.code());
    }

    @Test
    void aPpkNamesOnlyItsOwnAgency() {
        ReportEmployee own = employee(1, "KOTA-74.71");
        ReportEmployee other = employee(2, "KAB-74.01");
        IntakePolicy.of(PPK).requireOwnAgency(List.of(own));
        ApiException e = assertThrows(ApiException.class,
                () -> IntakePolicy.of(PPK).requireOwnAgency(List.of(own, other)));
        assertEquals(403, e.status());
        assertEquals("AGENCY_OUT_OF_SCOPE", e.code());
        assertEquals("reportedEmployees[1].nip", e.violations().get(0).field());
    }

    private static ReportEmployee employee(int position, String agencyCode) {
        ReportEmployee row = new ReportEmployee();
        row.position = position;
        row.agency = new Agency();
        row.agency.code = agencyCode;
        return row;
    }

    static ReportRequest request(ReportOrigin origin, ReportChannel channel, String source, String externalId) {
        return new ReportRequest(origin, channel, "PEMILU-2024", null, null, null, LocalDate.of(2024, 1, 10), null,
                "74.71", null, "Seorang guru PNS membagikan unggahan kampanye di Facebook.", List.of("D-06"), List.of(),
                null, null, null, source, externalId, null, null, null, null);
    }
}
