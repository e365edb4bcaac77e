package id.netralitas.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.client.api.ChangeFeedApi;
import id.netralitas.client.api.PaktaIntegritasApi;
import id.netralitas.client.api.ReceiptsApi;
import id.netralitas.client.api.ReportWorkflowApi;
import id.netralitas.client.api.ReportsApi;
import id.netralitas.client.model.CaseAction;
import id.netralitas.client.model.CaseTransitionRequest;
import id.netralitas.client.model.FeedEvent;
import id.netralitas.client.model.FeedPage;
import id.netralitas.client.model.PactSignature;
import id.netralitas.client.model.PactSignatureRequest;
import id.netralitas.client.model.ReceiptView;
import id.netralitas.client.model.Recommendation;
import id.netralitas.client.model.RecommendationEmployee;
import id.netralitas.client.model.Report;
import id.netralitas.client.model.ReportIntake;
import id.netralitas.client.model.ReportRequest;
import id.netralitas.client.model.ReportStatus;
import id.netralitas.client.model.ReportedEmployeeRequest;
import id.netralitas.pact.PactFixtures;
import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from openapi/openapi.yaml at build time, used the way an integration
 * script would: a public report, its receipt, the case driven to a recommendation, a pact signed,
 * and the change feed read back.
 */
@QuarkusTest
class GeneratedClientScenarioTest {

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.setScheme("http");
        client.setHost("localhost");
        client.setPort(RestAssured.port);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                .map(e -> e.getValue().get(0)).findFirst().orElseThrow();
    }

    private static String move(String token, String id, String etag, CaseTransitionRequest body, ReportStatus expected)
            throws ApiException {
        ApiResponse<Report> answer = new ReportWorkflowApi(client(token)).transitionReportWithHttpInfo(id, body, etag);
        assertEquals(expected, answer.getData().getStatus());
        return etag(answer);
    }

    @Test
    void aWholeScenarioThroughTheGeneratedClient() throws Exception {
        String nip = ReportFixtures.employee("KOTA-74.71", "74.71");
        String signer = PactFixtures.employee(PactFixtures.BAUBAU, "74.72");
        String election = PactFixtures.election();
        long start = headOf(new ChangeFeedApi(client(Tokens.admin())));

        // A member of the public reports anonymously and follows the case with the receipt.
        ReportIntake intake = new ReportsApi(client(null)).submitReport(new ReportRequest()
                .electionCode("PEMILU-2024").incidentDate(LocalDate.of(2024, 1, 10)).knownDate(LocalDate.of(2024, 1, 11))
                .incidentRegionCode("74.71").incidentPlace("Kantor kecamatan")
                .description("ASN membagikan materi kampanye calon anggota legislatif di grup WhatsApp dinas.")
                .violationTypeCodes(List.of("D-06")).addReportedEmployeesItem(new ReportedEmployeeRequest().nip(nip))
                .anonymous(true), null);
        String caseNumber = intake.getReport().getCaseNumber();
        String id = intake.getReport().getId().toString();
        assertNotNull(intake.getReceipt());
        ReceiptView view = new ReceiptsApi(client(null)).getReceiptView(intake.getReceipt());
        assertEquals(caseNumber, view.getCaseNumber());

        // Bawaslu and the verifier drive it to a recommendation, each step with the ETag of the last.
        String etag = etag(new ReportsApi(client(Tokens.bawaslu())).getReportWithHttpInfo(id));
        etag = move(Tokens.bawaslu(), id, etag, new CaseTransitionRequest().action(CaseAction.REGISTER)
                .registrationNumber("007/Reg/LP/PL/Kota/28.01/I/2024"), ReportStatus.DIREGISTRASI);
        etag = move(Tokens.bawaslu(), id, etag, new CaseTransitionRequest().action(CaseAction.START_STUDY),
                ReportStatus.KAJIAN);
        etag = move(Tokens.bawaslu(), id, etag, new CaseTransitionRequest().action(CaseAction.FORWARD)
                .forwardLetterNumber("0456/PP.00.01/K.SG/01/2024"), ReportStatus.DITERUSKAN);
        etag = move(Tokens.verifier(), id, etag, new CaseTransitionRequest().action(CaseAction.START_VERIFICATION),
                ReportStatus.VERIFIKASI);
        String stale = etag;
        etag = move(Tokens.verifier(), id, etag, new CaseTransitionRequest().action(CaseAction.RECOMMEND)
                .recommendation(new Recommendation().letterNumber("B-2211/KASN/R/04/2024").letterDate(LocalDate.of(2024, 4, 5))
                        .employees(List.of(new RecommendationEmployee().nip(nip).proven(true)
                                .sanctionCode("TURUN_JABATAN_12")))), ReportStatus.DIREKOMENDASIKAN);
        ApiException staleMove = assertThrows(ApiException.class, () -> new ReportWorkflowApi(client(Tokens.verifier()))
                .transitionReport(id, new CaseTransitionRequest().action(CaseAction.CANCEL).note("x"), stale));
        assertEquals(412, staleMove.getCode());
        assertTrue(staleMove.getResponseBody().contains("PRECONDITION_FAILED"));

        // A civil servant signs the integrity pact; a second attempt is a conflict.
        PaktaIntegritasApi pacts = new PaktaIntegritasApi(client(Tokens.asn(signer)));
        PactSignature signature = pacts.signPact(new PactSignatureRequest().electionCode(election), null);
        assertEquals(signer, signature.getNip());
        ApiException again = assertThrows(ApiException.class,
                () -> pacts.signPact(new PactSignatureRequest().electionCode(election), null));
        assertEquals(409, again.getCode());

        // The integration script reads the feed from where it was and finds all of it, in order.
        List<FeedEvent> events = new ArrayList<>();
        String cursor = Long.toString(start);
        ChangeFeedApi feed = new ChangeFeedApi(client(Tokens.admin()));
        FeedPage page;
        do {
            page = feed.listEvents(cursor, 2, null);
            events.addAll(page.getItems());
            cursor = page.getNextCursor();
        } while (Boolean.TRUE.equals(page.getHasMore()) || !page.getItems().isEmpty());
        List<String> forCase = events.stream().filter(e -> caseNumber.equals(e.getSubject()))
                .map(e -> e.getType() + ":" + e.getData().get("to")).toList();
        assertEquals(List.of("REPORT_CREATED:DITERIMA", "REPORT_TRANSITION:DIREGISTRASI", "REPORT_TRANSITION:KAJIAN",
                "REPORT_TRANSITION:DITERUSKAN", "REPORT_TRANSITION:VERIFIKASI", "REPORT_TRANSITION:DIREKOMENDASIKAN"),
                forCase);
        FeedEvent signed = events.stream().filter(e -> e.getSubject().equals(signature.getId().toString())).findFirst()
                .orElseThrow();
        assertEquals("SIGNATURE_CREATED", signed.getType().getValue());
        assertEquals(Map.of("nip", signer), Map.of("nip", signed.getData().get("nip")));
        for (int i = 1; i < events.size(); i++) {
            assertEquals(events.get(i - 1).getPosition() + 1, events.get(i).getPosition());
        }
    }

    /** The last position so far: page to the end once. */
    private static long headOf(ChangeFeedApi feed) throws ApiException {
        String cursor = "0";
        FeedPage page;
        do {
            page = feed.listEvents(cursor, 1000, null);
            cursor = page.getNextCursor();
        } while (Boolean.TRUE.equals(page.getHasMore()));
        return Long.parseLong(cursor);
    }
}
