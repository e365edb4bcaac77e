package id.netralitas.report;

import id.netralitas.common.security.Roles;
import java.util.Set;

/** Who submits a report: decided from the token ({@link IntakePolicy#of}), carried into background paths too. */
public record Submitter(String name, String role, String agencyCode, Set<String> sources) {

    /** The role of a submitter without an account. */
    static final String PUBLIC = "public";

    /** A submitter who writes under no external register. */
    public Submitter(String name, String role, String agencyCode) {
        this(name, role, agencyCode, Set.of());
    }

    /** The public portal: no account, or an ASN filing as a citizen. */
    public boolean isPublic() {
        return PUBLIC.equals(role) || Roles.ASN.equals(role);
    }

    /** The actor a history entry names: a public submitter is "reporter", never their account. */
    String historyActor() {
        return isPublic() ? "reporter" : name;
    }
}
