package id.netralitas.common.security;

import id.netralitas.common.error.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for the service layer's scoping rules: roles, and the {@code agency} and
 * {@code nip} claims. Anonymous callers have no roles.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** The caller's main role, for audit records: the first it holds of {@link Roles#ALL}, or "anonymous". */
    public String primaryRole() {
        return firstRoleOf(Roles.ALL).orElse("anonymous");
    }

    /** The first of {@code roles}, in their order, that this caller holds. */
    public Optional<String> firstRoleOf(List<String> roles) {
        return roles.stream().filter(this::hasRole).findFirst();
    }

    /** The principal name (token {@code upn}, {@code preferred_username} or {@code sub}), for audit. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The agency code a {@code ppk} token acts for (claim {@code agency}), upper-cased. */
    public Optional<String> agencyCode() {
        Object claim = token.getClaim(Roles.CLAIM_AGENCY);
        if (claim == null) {
            return Optional.empty();
        }
        String code = claim.toString().replace("\"", "").trim().toUpperCase(java.util.Locale.ROOT);
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    public Optional<String> nip() {
        Object claim = token.getClaim(Roles.CLAIM_NIP);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", "").trim());
    }

    /** The agency of a {@code ppk} caller; a ppk token without a usable {@code agency} claim is refused. */
    public String requireAgency() {
        return agencyCode().orElseThrow(() -> ApiException.forbidden("TOKEN_SCOPE_MISSING", Roles.CLAIM_AGENCY));
    }

    /**
     * The region a regional officer is scoped to (claim {@code region}): a province ({@code 74}) or a
     * kabupaten/kota ({@code 74.71}, also written {@code 7471}); empty for a national officer. A claim
     * that is neither is refused rather than read as national.
     */
    public Optional<String> region() {
        Object claim = token.getClaim(Roles.CLAIM_REGION);
        if (claim == null) {
            return Optional.empty();
        }
        String raw = claim.toString().replace("\"", "").trim();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (raw.matches("^\\d{2}$") || raw.matches("^\\d{2}\\.\\d{2}$")) {
            return Optional.of(raw);
        }
        if (raw.matches("^\\d{4}$")) {
            return Optional.of(raw.substring(0, 2) + "." + raw.substring(2));
        }
        throw ApiException.forbidden("TOKEN_SCOPE_INVALID", Roles.CLAIM_REGION);
    }

    /** The external registers this caller may write under (claim {@code sources}), upper-cased; may be empty. */
    public java.util.Set<String> sources() {
        Object claim = token.getClaim(Roles.CLAIM_SOURCES);
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (claim instanceof Iterable<?> values) {
            values.forEach(v -> addSource(out, v));
        } else if (claim != null) {
            for (String part : claim.toString().split(",")) {
                addSource(out, part);
            }
        }
        return out;
    }

    private static void addSource(java.util.Set<String> out, Object value) {
        String text = value == null ? "" : value.toString().replace("\"", "").trim().toUpperCase(java.util.Locale.ROOT);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    /** The NIP of an {@code asn} caller; an asn token without a {@code nip} claim is refused. */
    public String requireNip() {
        return nip().orElseThrow(() -> ApiException.forbidden("TOKEN_SCOPE_MISSING", Roles.CLAIM_NIP));
    }
}
