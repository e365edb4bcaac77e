package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An evidence upload to a receipt that no case has is refused before its body is read. */
@QuarkusTest
class ReceiptUploadGateTest {

    private static final long HUGE = 64L * 1024 * 1024;

    private static RawHttp.Streamed upload(String receipt) throws Exception {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nFOTO\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"x.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return RawHttp.postChunked("/api/v1/receipts/" + receipt + "/evidence",
                List.of("Content-Type: multipart/form-data; boundary=b", "Accept-Language: id"), head, HUGE,
                "\r\n--b--\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anUnknownOrMalformedReceiptIsA404BeforeTheBody() throws Exception {
        for (String receipt : new String[] {"AAAA-BBBB-CCCC-DDDD-EEEE", "not-a-receipt", "%E2%82%AC%E2%82%AC"}) {
            RawHttp.Streamed answer = upload(receipt);
            assertEquals(404, answer.response().status(), answer.response()::toString);
            assertTrue(answer.response().contentType().startsWith("application/problem+json"));
            assertTrue(answer.response().body().contains("\"code\":\"RECEIPT_NOT_FOUND\""), answer.response()::toString);
            assertTrue(answer.response().body().contains("Tanda terima tidak ditemukan"), answer.response()::toString);
            assertFalse(answer.wholeBodySent(), receipt + ": the body was read before the receipt was checked");
            assertTrue(answer.bytesSent() < HUGE / 4, receipt + ": answered after " + answer.bytesSent() + " bytes");
        }
    }
}
