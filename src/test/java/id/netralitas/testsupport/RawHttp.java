package id.netralitas.testsupport;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for tests that need the exact bytes on the wire: request targets
 * that HTTP clients would normalise ({@code /x/../api}, {@code /%61pi}), a chosen local address, or a
 * declared body that is never sent. Each request uses its own connection ({@code Connection: close}).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A response: status, headers (names in lower case) and the body as text. */
    public record Response(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /** The address and port of the service under test (REST Assured's, which Quarkus sets). */
    public static InetSocketAddress server() throws IOException {
        String host = java.net.URI.create(RestAssured.baseURI).getHost();
        return new InetSocketAddress(InetAddress.getByName(host), RestAssured.port);
    }

    /**
     * Sends {@code method target} with the given header lines (each "Name: value") and body, and reads
     * the whole response. {@code localAddress} binds the client side of the connection (null: any).
     */
    public static Response send(InetAddress localAddress, String method, String target, List<String> headers,
                                byte[] body, int timeoutMillis) throws IOException {
        InetSocketAddress server = server();
        try (Socket socket = new Socket()) {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(server, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(server.getHostString()).append(':').append(server.getPort()).append("\r\n");
            head.append("Connection: close\r\n");
            for (String line : headers) {
                head.append(line).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(new java.io.BufferedInputStream(socket.getInputStream()));
        }
    }

    /** {@link #send} from any local address, with a 20 s timeout. */
    public static Response send(String method, String target, List<String> headers, byte[] body) throws IOException {
        return send(null, method, target, headers, body, 20_000);
    }

    /** The answer to a streamed upload and how many bytes of the body had been sent when it came. */
    public record Streamed(Response response, long bytesSent, boolean wholeBodySent) {
    }

    /**
     * POSTs a body with {@code Transfer-Encoding: chunked} (no length): {@code head}, then
     * {@code fillerBytes} of {@code x} in 64 KiB chunks, then {@code tail}. Stops sending as soon as the
     * server answers (or closes the connection), as a client would whose upload is refused early.
     */
    public static Streamed postChunked(String target, List<String> headers, byte[] head, long fillerBytes, byte[] tail)
            throws Exception {
        InetSocketAddress server = server();
        try (Socket socket = new Socket()) {
            socket.connect(server, 20_000);
            socket.setSoTimeout(60_000);
            StringBuilder start = new StringBuilder("POST ").append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(server.getHostString()).append(':').append(server.getPort()).append("\r\n")
                    .append("Connection: close\r\nTransfer-Encoding: chunked\r\n");
            headers.forEach(line -> start.append(line).append("\r\n"));
            start.append("\r\n");
            java.util.concurrent.CompletableFuture<Response> answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return read(new java.io.BufferedInputStream(socket.getInputStream()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 1 << 17);
            long sent = 0;
            boolean whole = false;
            try {
                out.write(start.toString().getBytes(StandardCharsets.ISO_8859_1));
                chunk(out, head);
                sent += head.length;
                byte[] filler = new byte[64 * 1024];
                java.util.Arrays.fill(filler, (byte) 'x');
                while (sent - head.length < fillerBytes && !answer.isDone()) {
                    int n = (int) Math.min(filler.length, fillerBytes - (sent - head.length));
                    chunk(out, java.util.Arrays.copyOf(filler, n));
                    sent += n;
                }
                if (!answer.isDone()) {
                    chunk(out, tail);
                    sent += tail.length;
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    whole = true;
                }
            } catch (IOException e) {
                // The server closed the connection while the body was being sent: its answer says why.
            }
            return new Streamed(answer.get(60, java.util.concurrent.TimeUnit.SECONDS), sent, whole);
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one response up to the end of its body (or of the connection). */
    public static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> encoding = headers.get("transfer-encoding");
        List<String> length = headers.get("content-length");
        if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
            for (String size = line(in); size != null; size = line(in)) {
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    break;
                }
                body.write(in.readNBytes(n));
                line(in);
            }
        } else if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length.get(0))));
        } else if (status != 204 && status != 304) {
            in.transferTo(body);
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int last = line.length() - 1;
                return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }
}
