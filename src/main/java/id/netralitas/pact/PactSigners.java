package id.netralitas.pact;

import id.netralitas.agency.Agency;
import id.netralitas.agency.AgencyRepository;
import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.security.Caller;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import id.netralitas.employee.Employee;
import id.netralitas.employee.EmployeeRepository;
import id.netralitas.employee.EmployeeStatus;
import id.netralitas.pact.api.CeremonyRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * What a signing names, resolved and checked against the caller's scope: the election, the agency,
 * the signer (an active employee, or the agency as a whole, of an agency taking part), the ceremony of
 * a paper signature and the template version.
 */
@RequestScoped
public class PactSigners {

    @Inject
    ElectionService elections;

    @Inject
    AgencyRepository agencies;

    @Inject
    EmployeeRepository employees;

    @Inject
    PactCeremonyRepository ceremonies;

    @Inject
    PactEligibility eligibility;

    @Inject
    PactTemplateService templates;

    @Inject
    Caller caller;

    Election election(String code, String field) {
        String normalized = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        return elections.find(normalized).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                .violation(FieldViolation.of(field, "ELECTION_UNKNOWN", code)));
    }

    /** The agency signed for: the one an admin names, a ppk's own. */
    Agency agency(String requested) {
        if (caller.isAdmin()) {
            if (requested == null || requested.isBlank()) {
                throw ApiException.invalidField("agencyCode", "NOT_NULL");
            }
            return agencies.findByCode(requested.trim().toUpperCase(Locale.ROOT)).orElseThrow(() ->
                    ApiException.unprocessable("VALIDATION_FAILED").violation(FieldViolation.of("agencyCode",
                            "AGENCY_UNKNOWN", requested)));
        }
        String own = caller.requireAgency();
        if (requested != null && !requested.trim().equalsIgnoreCase(own)) {
            throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", requested);
        }
        return agencies.findByCode(own).orElseThrow(() -> ApiException.forbidden("AGENCY_OUT_OF_SCOPE", own));
    }

    void requireTakesPart(Election election, Agency agency, String signer) {
        if (!eligibility.agencyTakesPart(election, agency)) {
            throw ApiException.unprocessable("PACT_SIGNER_NOT_ELIGIBLE", signer).with("reason", "AGENCY_NOT_TAKING_PART");
        }
    }

    /** An employee signing; {@code self} when an asn signs for itself. */
    PactSigner individual(String nip, Election election, boolean self) {
        if (nip == null) {
            throw ApiException.invalidField("nip", "NOT_NULL");
        }
        Employee employee = employees.findByNip(nip).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                .violation(FieldViolation.of("nip", "PACT_NIP_UNKNOWN", nip)));
        if (!self && !caller.isAdmin() && !employee.agency.code.equalsIgnoreCase(caller.requireAgency())) {
            throw ApiException.forbidden("EMPLOYEE_OUT_OF_SCOPE", nip);
        }
        if (employee.status != EmployeeStatus.AKTIF) {
            throw ApiException.unprocessable("PACT_SIGNER_NOT_ELIGIBLE", nip).with("reason", "NOT_ACTIVE");
        }
        requireTakesPart(election, employee.agency, nip);
        return new PactSigner(PactSignature.SignerType.INDIVIDU, employee.id, employee.agency, employee.name,
                employee.golongan, employee.jabatanName, employee.nip, employee.regionCode);
    }

    /** An agency as a whole, signed by {@code signerName}. */
    PactSigner institution(String agencyCode, String signerName, String nip, Election election) {
        Agency agency = agency(agencyCode);
        if (signerName == null || signerName.isBlank()) {
            throw ApiException.invalidField("signerName", "NOT_NULL");
        }
        if (nip != null) {
            throw ApiException.invalidField("nip", "PACT_NIP_NOT_EXPECTED");
        }
        requireTakesPart(election, agency, agency.code);
        return new PactSigner(PactSignature.SignerType.INSTANSI, null, agency, signerName.trim(), null, agency.ppkTitle,
                null, agency.regionCode);
    }

    /** The template version signed on {@code day}, locked until the signing commits. */
    PactTemplate template(Election election, Integer version, LocalDate day) {
        return templates.forSigning(election, version, day);
    }

    /** The ceremony of a paper signature: an earlier one of the same election and agency, or a new one. */
    PactCeremony ceremony(String ceremonyId, CeremonyRequest request, Election election, Agency agency) {
        if (ceremonyId != null && request != null) {
            throw ApiException.invalidField("ceremony", "EXCLUSIVE_PARAMETERS", "ceremonyId", "ceremony");
        }
        if (ceremonyId == null && request == null) {
            throw ApiException.invalidField("ceremony", "REQUIRED_ONE_OF", "ceremonyId, ceremony");
        }
        if (ceremonyId != null) {
            return ceremonies.find(ceremonyId, election.id, agency.id).orElseThrow(() -> ApiException
                    .unprocessable("VALIDATION_FAILED").violation(
                            FieldViolation.of("ceremonyId", "PACT_CEREMONY_UNKNOWN", ceremonyId)));
        }
        if (request.date().isAfter(LocalDate.now(CalendarService.ZONE))) {
            throw ApiException.invalidField("ceremony.date", "DATE_IN_FUTURE");
        }
        PactCeremony c = new PactCeremony();
        c.publicId = UUID.randomUUID().toString();
        c.election = election;
        c.agency = agency;
        c.ceremonyDate = request.date();
        c.place = request.place().trim();
        c.witnesses = request.witnesses() == null || request.witnesses().isEmpty() ? null
                : String.join(PactCeremony.WITNESS_SEPARATOR, request.witnesses().stream().map(String::trim).toList());
        c.documentSha256 = request.documentSha256();
        c.createdBy = caller.name();
        ceremonies.persist(c);
        return c;
    }
}
