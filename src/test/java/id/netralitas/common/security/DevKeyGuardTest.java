package id.netralitas.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev key is recognised by its material, however it is supplied: PEM, bare base64, JWK, JWKS (a
 * file, a {@code file:} URL, an {@code http:} URL), base64url-encoded JWK, certificate, key store,
 * through any of the verification key properties; the personal-data key by its bytes, padded or not.
 */
class DevKeyGuardTest {

    @TempDir
    Path dir;

    private static final String DEV_PEM = resource("dev-keys/dev-only-public-key.pem");
    private static final RSAPublicKey DEV = publicKey(DEV_PEM);
    private static final RSAPublicKey OTHER = otherKey();

    private static String resource(String name) {
        try (InputStream in = DevKeyGuardTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey publicKey(String pem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPublicKey) generator.generateKeyPair().getPublic();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return b64url(bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static String jwk(RSAPublicKey key, String kid) {
        return "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}";
    }

    private static String jwks(String... jwks) {
        return "{\"keys\":[" + String.join(",", jwks) + "]}";
    }

    private static String pem(RSAPublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** A production-like configuration: another PII key, and the given verification properties. */
    private static Map<String, String> config(String... pairs) {
        Map<String, String> config = new HashMap<>();
        config.put(DevKeyGuard.PII_KEY, Base64.getEncoder().encodeToString(new byte[32]));
        for (int i = 0; i < pairs.length; i += 2) {
            config.put(pairs[i], pairs[i + 1]);
        }
        return config;
    }

    private static void refused(Map<String, String> config) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DevKeyGuard.check(name -> Optional.ofNullable(config.get(name))), config::toString);
        assertTrue(e.getMessage().startsWith("Refusing to start"), e.getMessage());
    }

    private static void accepted(Map<String, String> config) {
        DevKeyGuard.check(name -> Optional.ofNullable(config.get(name)));
    }

    private static final String LOCATION = "mp.jwt.verify.publickey.location";
    private static final String CONTENT = "mp.jwt.verify.publickey";
    private static final String SMALLRYE_LOCATION = "smallrye.jwt.verify.key.location";

    @Test
    void anotherKeyIsAcceptedInEveryForm() throws IOException {
        accepted(config(LOCATION, file("idp.pem", pem(OTHER)).toString()));
        accepted(config(LOCATION, file("idp.jwks", jwks(jwk(OTHER, "a"))).toUri().toString()));
        accepted(config(CONTENT, jwk(OTHER, "a")));
        accepted(config(SMALLRYE_LOCATION, file("idp.jwk", jwk(OTHER, "a")).toString()));
    }

    @Test
    void noVerificationKeyAtAllIsRefused() {
        Map<String, String> none = config();
        assertThrows(IllegalStateException.class, () -> DevKeyGuard.check(name -> Optional.ofNullable(none.get(name))));
    }

    @Test
    void theDevKeyAsPemIsRefusedFromTheClassPathAFileOrInline() throws IOException {
        refused(config(LOCATION, "dev-keys/dev-only-public-key.pem"));
        refused(config(LOCATION, "classpath:/dev-keys/dev-only-public-key.pem"));
        refused(config(LOCATION, file("reformatted.pem", pem(DEV).replace("\n", "\r\n")).toString()));
        refused(config(CONTENT, DEV_PEM));
        refused(config(CONTENT, Base64.getEncoder().encodeToString(DEV.getEncoded())));
    }

    @Test
    void theDevKeyAsJwkOrJwksIsRefused() throws IOException {
        refused(config(LOCATION, file("dev.jwk", jwk(DEV, "dev")).toString()));
        refused(config(LOCATION, file("dev.jwks", jwks(jwk(OTHER, "idp"), jwk(DEV, "dev"))).toUri().toString()));
        refused(config(CONTENT, jwk(DEV, "dev")));
        refused(config(CONTENT, b64url(jwks(jwk(DEV, "dev")).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theDevKeyThroughTheSmallryeLocationIsRefusedEvenWithAnotherMpKey() throws IOException {
        refused(config(LOCATION, file("idp.pem", pem(OTHER)).toString(),
                SMALLRYE_LOCATION, file("dev.jwk", jwk(DEV, "dev")).toString()));
    }

    @Test
    void theDevKeyServedAsAJwksUrlIsRefused() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = jwks(jwk(OTHER, "idp"), jwk(DEV, "dev")).getBytes(StandardCharsets.UTF_8);
        server.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            refused(config(LOCATION, "http://127.0.0.1:" + server.getAddress().getPort() + "/certs"));
            // An identity provider that cannot be reached now is not a reason to refuse (it is logged).
            accepted(config(LOCATION, "http://127.0.0.1:" + server.getAddress().getPort() + "/missing"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theDevKeyInACertificateOrKeyStoreIsRefused() throws Exception {
        Path key = dir.resolve("dev-private.pem");
        Files.writeString(key, resource("dev-keys/dev-only-private-key.pem"));
        Path cert = dir.resolve("dev-cert.pem");
        Path store = dir.resolve("dev.p12");
        Assumptions.assumeTrue(run("openssl", "req", "-new", "-x509", "-key", key.toString(), "-subj", "/CN=dev", "-days", "1",
                "-out", cert.toString()), "openssl is available");
        refused(config(LOCATION, cert.toString()));
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Assumptions.assumeTrue(run(keytool, "-importcert", "-noprompt", "-alias", "dev", "-file", cert.toString(),
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "secret"), "keytool is available");
        refused(config(LOCATION, store.toString(), "smallrye.jwt.keystore.type", "PKCS12",
                "smallrye.jwt.keystore.password", "secret"));
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Test
    void theDevPiiKeyIsRefusedHoweverItsBase64IsWritten() {
        String dev = PersonalDataCipher.DEV_KEY;
        for (String spelling : new String[] {dev, dev.replace("=", ""), " " + dev + "\n",
                dev.replace('+', '-').replace('/', '_').replace("=", "")}) {
            assertTrue(DevKeyGuard.isDevPiiKey(spelling), spelling);
            Map<String, String> config = config(LOCATION, "dev-keys/none-needed");
            config.put(DevKeyGuard.PII_KEY, spelling);
            refused(config);
        }
        assertFalse(DevKeyGuard.isDevPiiKey(Base64.getEncoder().encodeToString(new byte[32])));
        assertFalse(DevKeyGuard.isDevPiiKey("not base64 at all!"));
    }
}
