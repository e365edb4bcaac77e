package id.netralitas.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses to start a packaged (production) service that uses a dev key committed in this
 * repository: the token verification key (anyone could mint admin tokens with its private half)
 * or the personal-data encryption key.
 *
 * <p>Keys are compared by their material, not their text: every RSA key the verification settings
 * name ({@code mp.jwt.verify.publickey}, {@code mp.jwt.verify.publickey.location},
 * {@code smallrye.jwt.verify.key.location}; as PEM public key or certificate, bare base64, JWK, JWKS,
 * base64url-encoded JWK(S), or a key store; from a file, the class path, or a {@code file:} or
 * {@code http(s):} URL, which is fetched once) is compared by its modulus with the dev key's; the
 * personal-data key by its 32 decoded bytes, however its base64 is padded or written.
 */
@ApplicationScoped
public class DevKeyGuard {

    private static final Logger LOG = Logger.getLogger(DevKeyGuard.class);

    static final String DEV_PUBLIC_KEY = "dev-keys/dev-only-public-key.pem";
    /** Properties holding a verification key itself. */
    static final List<String> KEY_CONTENTS = List.of("mp.jwt.verify.publickey");
    /** Properties naming where a verification key is. */
    static final List<String> KEY_LOCATIONS = List.of("mp.jwt.verify.publickey.location", "smallrye.jwt.verify.key.location");
    static final String SECRET_KEY = "smallrye.jwt.verify.secretkey";
    static final String KEY_STORE_TYPE = "smallrye.jwt.keystore.type";
    static final String KEY_STORE_PASSWORD = "smallrye.jwt.keystore.password";
    static final String PII_KEY = "netralitas.pii.key";
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        check(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    }

    /** Throws when a dev key is configured, or no verification key at all; {@code config} looks up a property. */
    static void check(Function<String, Optional<String>> config) {
        if (config.apply(PII_KEY).map(DevKeyGuard::isDevPiiKey).orElse(false)) {
            throw new IllegalStateException("Refusing to start: the personal-data encryption key is the dev-only key "
                    + "committed in the repository. Set PII_ENCRYPTION_KEY (32 random bytes in base64, e.g. from "
                    + "'openssl rand -base64 32') and keep it: it decrypts the stored NIKs.");
        }
        Set<BigInteger> dev = rsaModuli(readClasspath(DEV_PUBLIC_KEY));
        if (dev.isEmpty()) {
            throw new IllegalStateException("Cannot read the dev key " + DEV_PUBLIC_KEY);
        }
        boolean configured = config.apply(SECRET_KEY).filter(v -> !v.isBlank()).isPresent();
        for (String property : KEY_CONTENTS) {
            Optional<String> content = config.apply(property).filter(v -> !v.isBlank());
            if (content.isPresent()) {
                configured = true;
                refuseDevKey(property, rsaModuli(content.get()), dev);
            }
        }
        for (String property : KEY_LOCATIONS) {
            Optional<String> location = config.apply(property).filter(v -> !v.isBlank());
            if (location.isPresent()) {
                configured = true;
                Optional<String> storeType = config.apply(KEY_STORE_TYPE).filter(v -> !v.isBlank());
                Set<BigInteger> moduli = storeType.isPresent()
                        ? keyStoreModuli(readBytes(location.get().trim()), storeType.get(), config.apply(KEY_STORE_PASSWORD))
                        : readLocation(location.get().trim()).map(DevKeyGuard::rsaModuli).orElse(Set.of());
                refuseDevKey(property, moduli, dev);
            }
        }
        if (!configured) {
            throw new IllegalStateException("No token verification key is configured. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                    + "(a PEM or JWK file, or the JWKS URL of your identity provider) and MP_JWT_VERIFY_ISSUER.");
        }
    }

    private static void refuseDevKey(String property, Set<BigInteger> moduli, Set<BigInteger> dev) {
        if (!Collections.disjoint(moduli, dev)) {
            throw new IllegalStateException("Refusing to start: " + property + " holds the dev-only token verification key "
                    + "committed in the repository (" + DEV_PUBLIC_KEY + "). Set MP_JWT_VERIFY_PUBLICKEY_LOCATION to your "
                    + "identity provider's key or JWKS URL, and no other verification key property to the dev key.");
        }
    }

    /** Whether a configured personal-data key decodes to the dev key's bytes, in any base64 spelling. */
    static boolean isDevPiiKey(String configured) {
        byte[] dev = Base64.getDecoder().decode(PersonalDataCipher.DEV_KEY);
        String compact = configured.replaceAll("\\s", "").replace('-', '+').replace('_', '/').replaceAll("=+$", "");
        try {
            return MessageDigest.isEqual(dev, Base64.getDecoder().decode(compact));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ reading keys

    /** The text at a key location, or empty when a URL cannot be fetched now (logged; the check is then skipped). */
    static Optional<String> readLocation(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return fetch(location).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        }
        return Optional.of(new String(readBytes(location), StandardCharsets.UTF_8));
    }

    private static byte[] readBytes(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return fetch(location).orElse(new byte[0]);
        }
        if (location.startsWith("classpath:")) {
            return requireClasspath(location.substring("classpath:".length()), location);
        }
        Path file = location.startsWith("file:") ? fileOf(location) : Path.of(location);
        if (Files.isRegularFile(file)) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the token verification key at " + location, e);
            }
        }
        return requireClasspath(location, location);
    }

    private static Path fileOf(String location) {
        try {
            return Path.of(URI.create(location));
        } catch (IllegalArgumentException e) {
            return Path.of(location.substring("file:".length()));
        }
    }

    private static byte[] requireClasspath(String resource, String location) {
        String text = readClasspath(resource.startsWith("/") ? resource.substring(1) : resource);
        if (text == null) {
            throw new IllegalStateException("The token verification key " + location + " does not exist");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<byte[]> fetch(String url) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(FETCH_TIMEOUT)
                    .header("Accept", "application/json, application/jwk-set+json, */*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                return Optional.of(response.body());
            }
            LOG.warnf("Could not check the token verification key at %s for the dev key: HTTP %d", url, response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("Could not check the token verification key at %s for the dev key: %s", url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static String readClasspath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    // ------------------------------------------------------------------ key material

    /**
     * The moduli of the RSA keys in a key text: PEM public keys, RSA public keys and certificates,
     * a JWK or JWKS (with {@code n} or {@code x5c}), either of them base64url-encoded, or the bare
     * base64 of a public key. Anything else has none.
     */
    static Set<BigInteger> rsaModuli(String text) {
        Set<BigInteger> moduli = new HashSet<>();
        if (text == null) {
            return moduli;
        }
        String trimmed = text.trim();
        Matcher pem = PEM.matcher(trimmed);
        boolean armoured = false;
        while (pem.find()) {
            armoured = true;
            byte[] der = base64(pem.group(2));
            switch (pem.group(1)) {
                case "PUBLIC KEY" -> addPublicKey(moduli, der);
                case "RSA PUBLIC KEY" -> addPublicKey(moduli, pkcs1ToSpki(der));
                case "CERTIFICATE", "TRUSTED CERTIFICATE" -> addCertificate(moduli, der);
                default -> {
                }
            }
        }
        if (armoured) {
            return moduli;
        }
        if (trimmed.startsWith("{")) {
            addJson(moduli, trimmed);
            return moduli;
        }
        byte[] decoded = base64(trimmed);
        if (decoded.length > 0 && decoded[0] == '{') {
            addJson(moduli, new String(decoded, StandardCharsets.UTF_8));
        } else if (decoded.length > 0) {
            addPublicKey(moduli, decoded);
        }
        return moduli;
    }

    private static void addJson(Set<BigInteger> moduli, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode keys = root.has("keys") ? root.get("keys") : JSON.createArrayNode().add(root);
            for (JsonNode jwk : keys) {
                if (jwk.hasNonNull("n")) {
                    moduli.add(new BigInteger(1, base64(jwk.get("n").asText())));
                }
                if (jwk.has("x5c")) {
                    for (JsonNode cert : jwk.get("x5c")) {
                        addCertificate(moduli, base64(cert.asText()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not JSON, or not a key: nothing to compare
        }
    }

    private static void addPublicKey(Set<BigInteger> moduli, byte[] spki) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
            moduli.add(((RSAPublicKey) key).getModulus());
        } catch (GeneralSecurityException | RuntimeException e) {
            // not an RSA public key
        }
    }

    private static void addCertificate(Set<BigInteger> moduli, byte[] der) {
        try {
            Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            if (cert.getPublicKey() instanceof RSAPublicKey rsa) {
                moduli.add(rsa.getModulus());
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // not a certificate
        }
    }

    static Set<BigInteger> keyStoreModuli(byte[] store, String type, Optional<String> password) {
        Set<BigInteger> moduli = new HashSet<>();
        try {
            KeyStore keyStore = KeyStore.getInstance(type);
            keyStore.load(new ByteArrayInputStream(store), password.map(String::toCharArray).orElse(null));
            for (String alias : Collections.list(keyStore.aliases())) {
                Certificate cert = keyStore.getCertificate(alias);
                if (cert != null && cert.getPublicKey() instanceof RSAPublicKey rsa) {
                    moduli.add(rsa.getModulus());
                }
            }
        } catch (GeneralSecurityException | IOException e) {
            LOG.warnf("Could not read the token verification key store for the dev key check: %s", e.toString());
        }
        return moduli;
    }

    /** A PKCS#1 RSAPublicKey wrapped as a SubjectPublicKeyInfo (rsaEncryption, NULL parameters). */
    private static byte[] pkcs1ToSpki(byte[] pkcs1) {
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01,
            0x01, 0x05, 0x00};
        byte[] bitString = concat(new byte[] {0x03}, derLength(pkcs1.length + 1), new byte[] {0x00}, pkcs1);
        byte[] body = concat(algorithm, bitString);
        return concat(new byte[] {0x30}, derLength(body.length), body);
    }

    private static byte[] derLength(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        byte[] digits = BigInteger.valueOf(length).toByteArray();
        int start = digits[0] == 0 ? 1 : 0;
        byte[] out = new byte[digits.length - start + 1];
        out[0] = (byte) (0x80 | (digits.length - start));
        System.arraycopy(digits, start, out, 1, digits.length - start);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** Standard or URL-safe base64, padded or not, with any whitespace; empty when it is not base64. */
    private static byte[] base64(String text) {
        String compact = text.replaceAll("\\s", "").replace('-', '+').replace('_', '/').replaceAll("=+$", "");
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
