package id.netralitas.webhook;

import java.util.Map;

/** Sends one webhook request to a checked target and answers the receiver's HTTP status. */
public interface WebhookTransport {

    /**
     * POSTs the body to {@link WebhookTarget#address()} (never to another address of the host), with
     * the target's host in the {@code Host} header and, for https, as the TLS server name.
     *
     * @return the receiver's status code, once its status line arrived
     * @throws Exception when there is no answer: no connection, a failed TLS handshake, a reset or a timeout
     */
    int send(WebhookTarget target, Map<String, String> headers, byte[] body) throws Exception;
}
