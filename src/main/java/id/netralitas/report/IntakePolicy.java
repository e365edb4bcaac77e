package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a submitter may send: the origins and channels of each role (with the defaults filled in when
 * a request names none), who may file under an external register, and a ppk's own agency.
 */
final class IntakePolicy {

    private final Submitter submitter;
    private final Permission permission;

    /** The origins and channels one kind of submitter may send, and what it sends when it names none. */
    private record Permission(Set<ReportOrigin> origins, Set<ReportChannel> channels, ReportOrigin defaultOrigin,
                              ReportChannel defaultChannel) {
    }

    /** Where a report comes from: its origin and channel. */
    record Route(ReportOrigin origin, ReportChannel channel) {
    }

    /** The external register reference of a report; both parts null when it has none. */
    record External(String source, String externalId) {
        boolean present() {
            return source != null;
        }
    }

    private IntakePolicy(Submitter submitter) {
        this.submitter = submitter;
        this.permission = permission(submitter.role());
    }

    static IntakePolicy of(Submitter submitter) {
        return new IntakePolicy(submitter);
    }

    /** The roles that file reports, in precedence order for a token that holds several. */
    private static final List<String> SUBMITTING_ROLES = List.of(Roles.ADMIN, Roles.BAWASLU, Roles.VERIFIER, Roles.PPK,
            Roles.ASN);

    /** The submitter a token stands for: anonymous is the public; otherwise its first submitting role. */
    static Submitter submitter(Caller caller) {
        if (caller.isAnonymous()) {
            return new Submitter("anonymous", Submitter.PUBLIC, null);
        }
        String role = caller.firstRoleOf(SUBMITTING_ROLES).orElseThrow(() -> ApiException.forbidden("FORBIDDEN"));
        return switch (role) {
            case Roles.ADMIN, Roles.BAWASLU, Roles.VERIFIER, Roles.ASN -> new Submitter(caller.name(), role, null,
                    caller.sources());
            case Roles.PPK -> new Submitter(caller.name(), role, caller.requireAgency(), caller.sources());
            default -> throw ApiException.forbidden("FORBIDDEN");
        };
    }

    private static Permission permission(String role) {
        return switch (role) {
            case Roles.ADMIN -> new Permission(EnumSet.allOf(ReportOrigin.class), EnumSet.allOf(ReportChannel.class),
                    ReportOrigin.LAPORAN, ReportChannel.PORTAL);
            case Roles.BAWASLU -> new Permission(EnumSet.of(ReportOrigin.LAPORAN, ReportOrigin.TEMUAN, ReportOrigin.PENERUSAN),
                    EnumSet.of(ReportChannel.BAWASLU, ReportChannel.SIGAPLAPOR, ReportChannel.SBT, ReportChannel.SP4N_LAPOR,
                            ReportChannel.HOTLINE, ReportChannel.MEDIA),
                    ReportOrigin.TEMUAN, ReportChannel.BAWASLU);
            case Roles.VERIFIER -> new Permission(EnumSet.of(ReportOrigin.INTERNAL),
                    EnumSet.of(ReportChannel.SBT, ReportChannel.SP4N_LAPOR, ReportChannel.HOTLINE, ReportChannel.INSTANSI,
                            ReportChannel.MEDIA), ReportOrigin.INTERNAL, ReportChannel.SBT);
            case Roles.PPK -> new Permission(EnumSet.of(ReportOrigin.INTERNAL), EnumSet.of(ReportChannel.INSTANSI),
                    ReportOrigin.INTERNAL, ReportChannel.INSTANSI);
            default -> new Permission(EnumSet.of(ReportOrigin.LAPORAN), EnumSet.of(ReportChannel.PORTAL),
                    ReportOrigin.LAPORAN, ReportChannel.PORTAL);
        };
    }

    /** The request's origin and channel (or this submitter's defaults); 403 when the submitter may not send them. */
    Route route(ReportRequest request) {
        ReportOrigin origin = request.origin() != null ? request.origin() : permission.defaultOrigin();
        ReportChannel channel = request.channel() != null ? request.channel() : permission.defaultChannel();
        if (!permission.origins().contains(origin)) {
            throw ApiException.forbidden("REPORT_ORIGIN_NOT_ALLOWED", origin, submitter.role())
                    .with("allowedValues", permission.origins());
        }
        if (!permission.channels().contains(channel)) {
            throw ApiException.forbidden("REPORT_CHANNEL_NOT_ALLOWED", channel, submitter.role())
                    .with("allowedValues", permission.channels());
        }
        return new Route(origin, channel);
    }

    /**
     * The register reference: source and external id come together, bawaslu always sends one, the public
     * never; a register belongs to the integration clients whose token lists it (claim "sources").
     */
    External external(ReportRequest request) {
        String source = request.source();
        String externalId = request.externalId() == null ? null : request.externalId().trim();
        if ((source == null) != (externalId == null || externalId.isEmpty())) {
            throw ApiException.invalidField(source == null ? "source" : "externalId", "REQUIRED_TOGETHER", "source",
                    "externalId");
        }
        if (Roles.BAWASLU.equals(submitter.role()) && source == null) {
            throw ApiException.invalidField("externalId", "NOT_NULL");
        }
        if (submitter.isPublic() && source != null) {
            throw ApiException.invalidField("source", "NOT_ALLOWED_FOR_PUBLIC");
        }
        if (source != null && !submitter.sources().contains(source)) {
            throw ApiException.forbidden("SOURCE_NOT_ALLOWED", source).with("allowedValues", submitter.sources());
        }
        return new External(source, externalId);
    }

    /** A ppk reports only employees of its own agency (a name without a registered employee is none). */
    void requireOwnAgency(List<ReportEmployee> named) {
        if (!Roles.PPK.equals(submitter.role())) {
            return;
        }
        for (ReportEmployee row : named) {
            if (row.agency == null || !row.agency.code.equalsIgnoreCase(submitter.agencyCode())) {
                String field = "reportedEmployees[" + (row.position - 1) + "].nip";
                throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", submitter.agencyCode())
                        .violation(FieldViolation.of(field, "AGENCY_OUT_OF_SCOPE", submitter.agencyCode()));
            }
        }
    }
}
