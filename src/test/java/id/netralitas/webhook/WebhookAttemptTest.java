package id.netralitas.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.netralitas.webhook.WebhookAttempt.Outcome;
import org.junit.jupiter.api.Test;

class WebhookAttemptTest {

    private static Outcome outcome(Integer statusCode, String error) {
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.statusCode = statusCode;
        attempt.error = error;
        return attempt.outcome();
    }

    @Test
    void theOutcomeFollowsTheStatusOrTheRecordedCategory() {
        assertEquals(Outcome.DELIVERED, outcome(204, null));
        assertEquals(Outcome.HTTP_ERROR, outcome(302, null));
        assertEquals(Outcome.HTTP_ERROR, outcome(500, null));
        assertEquals(Outcome.UNREACHABLE, outcome(null, "UNREACHABLE"));
        assertEquals(Outcome.TARGET_REFUSED, outcome(null, "TARGET_REFUSED"));
    }

    @Test
    void errorTextsRecordedBeforeOutcomesReadAsCategories() {
        assertEquals(Outcome.HTTP_ERROR, outcome(500, "HTTP 500"));
        assertEquals(Outcome.UNREACHABLE, outcome(null, "ConnectException: Connection refused"));
        assertEquals(Outcome.UNREACHABLE, outcome(null, "HttpTimeoutException: request timed out"));
        assertEquals(Outcome.TARGET_REFUSED, outcome(null, "Target refused: the host x resolves to a loopback, "
                + "link-local, wildcard or multicast address (127.0.0.1)"));
    }
}
