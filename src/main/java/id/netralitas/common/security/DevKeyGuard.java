package id.netralitas.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a packaged (production) service that uses a dev key committed in this
 * repository: the token verification key (anyone could mint admin tokens with its private half)
 * or the personal-data encryption key.
 */
@ApplicationScoped
public class DevKeyGuard {

    static final String DEV_PUBLIC_KEY = "dev-keys/dev-only-public-key.pem";

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
                 @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
                 @ConfigProperty(name = "netralitas.pii.key") String piiKey) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (PersonalDataCipher.DEV_KEY.equals(piiKey.trim())) {
            throw new IllegalStateException("Refusing to start: the personal-data encryption key is the dev-only key "
                    + "committed in the repository. Set PII_ENCRYPTION_KEY (32 random bytes in base64, e.g. from "
                    + "'openssl rand -base64 32') and keep it: it decrypts the stored NIKs.");
        }
        String devKey = normalize(readClasspath(DEV_PUBLIC_KEY));
        String configured = inlineKey.map(DevKeyGuard::normalize)
                .orElseGet(() -> location.map(DevKeyGuard::readLocation).map(DevKeyGuard::normalize).orElse(null));
        if (configured == null) {
            throw new IllegalStateException("No token verification key is configured. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                    + "(a PEM or JWK file, or the JWKS URL of your identity provider) and MP_JWT_VERIFY_ISSUER.");
        }
        if (configured.equals(devKey)) {
            throw new IllegalStateException("Refusing to start: the token verification key is the dev-only key committed "
                    + "in the repository (" + DEV_PUBLIC_KEY + "). Set MP_JWT_VERIFY_PUBLICKEY_LOCATION to your identity "
                    + "provider's key or JWKS URL.");
        }
    }

    private static String readLocation(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return location;
        }
        String path = location.startsWith("file:") ? location.substring(5) : location;
        Path file = Path.of(path);
        if (Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the token verification key at " + location, e);
            }
        }
        String resource = readClasspath(path.startsWith("classpath:") ? path.substring(10) : path);
        if (resource == null) {
            throw new IllegalStateException("The token verification key " + location + " does not exist");
        }
        return resource;
    }

    private static String readClasspath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    /** PEM text without armour lines and whitespace, so formatting differences do not matter. */
    static String normalize(String key) {
        if (key == null) {
            return null;
        }
        return key.replaceAll("-----(BEGIN|END)[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
