package id.netralitas.employee;

import id.netralitas.agency.AgencyType;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules an employee record must satisfy beyond its field constraints, in one place: for the
 * single-item API and for every row of a bulk import. Agencies and regions are looked up through
 * {@link References}, which the API backs with the database and the import with caches.
 */
public final class EmployeeRules {

    /** Looks up what a record refers to. */
    public interface References {
        Optional<AgencyRef> agency(String code);

        boolean regionExists(String code);
    }

    /** What the rules need to know of an agency. */
    public record AgencyRef(long id, String code, AgencyType type, String regionCode) {
    }

    /** A record that passed the rules, normalised: what gets stored. */
    public record Valid(Nip nip, String name, EmployeeType employeeType, String golongan, String pangkat,
                        JabatanCategory jabatanCategory, String jabatanName, String unitKerja, AgencyRef agency,
                        String regionCode, EmployeeStatus status, String nik) {
    }

    private EmployeeRules() {
    }

    /**
     * Checks a record and normalises it. Field constraints (required, sizes) are checked before by
     * bean validation. {@code nip} is the NIP in force (from the body on creation, the path on
     * replacement).
     *
     * @throws ApiException 400 {@code VALIDATION_FAILED} listing every field at fault, or 422 when
     *                      the record is well-formed but refers to an agency or region that does not exist
     */
    public static Valid check(String nip, EmployeeRequest r, EmployeeStatus defaultStatus, References refs,
                              LocalDate today) {
        List<FieldViolation> invalid = new ArrayList<>();
        List<FieldViolation> unknown = new ArrayList<>();
        Nip parsed = null;
        if (nip == null || nip.isBlank()) {
            invalid.add(FieldViolation.of("nip", "NOT_NULL"));
        } else {
            try {
                parsed = Nip.parse(nip, "nip", today);
            } catch (ApiException e) {
                invalid.addAll(e.violations());
            }
        }
        if (parsed != null && r.employeeType() != null && !parsed.fits(r.employeeType())) {
            invalid.add(FieldViolation.of("employeeType", "NIP_TYPE_MISMATCH", r.employeeType(), parsed.layout()));
        }
        String golongan = normalizeGolongan(r.golongan());
        String pangkat = null;
        if (r.employeeType() != null && golongan != null) {
            List<String> allowed = Golongan.allowedFor(r.employeeType());
            if (!allowed.contains(golongan)) {
                invalid.add(FieldViolation.of("golongan", "GOLONGAN_INVALID", r.golongan(), r.employeeType(),
                        String.join(", ", allowed)));
            } else if (r.employeeType() == EmployeeType.PPPK) {
                if (r.pangkat() != null && !r.pangkat().isBlank()) {
                    invalid.add(FieldViolation.of("pangkat", "PANGKAT_NOT_APPLICABLE"));
                }
            } else {
                String standard = Golongan.pangkatOf(golongan).orElseThrow();
                if (r.pangkat() != null && !r.pangkat().isBlank()
                        && !Golongan.normalizePangkat(r.pangkat()).equalsIgnoreCase(standard)) {
                    invalid.add(FieldViolation.of("pangkat", "PANGKAT_MISMATCH", r.pangkat(), golongan, standard));
                }
                pangkat = standard;
            }
        }
        EmployeeStatus status = r.status() != null ? r.status() : defaultStatus;
        if (status == null) {
            invalid.add(FieldViolation.of("status", "NOT_NULL"));
        }
        String nik = null;
        if (r.nik() != null && !r.nik().isBlank()) {
            try {
                Nik parsedNik = Nik.parse(r.nik(), "nik");
                if (parsed != null && !parsedNik.matches(parsed)) {
                    invalid.add(FieldViolation.of("nik", "NIK_NIP_MISMATCH"));
                }
                nik = parsedNik.value();
            } catch (ApiException e) {
                invalid.addAll(e.violations());
            }
        }
        AgencyRef agency = null;
        if (r.agencyCode() != null && !r.agencyCode().isBlank()) {
            agency = refs.agency(r.agencyCode().trim().toUpperCase(Locale.ROOT)).orElse(null);
            if (agency == null) {
                unknown.add(FieldViolation.of("agencyCode", "AGENCY_UNKNOWN", r.agencyCode()));
            }
        }
        String regionCode = null;
        if (r.regionCode() != null && !r.regionCode().isBlank()) {
            var code = id.netralitas.region.RegionCode.tryParse(r.regionCode());
            if (code.isEmpty()) {
                invalid.add(FieldViolation.of("regionCode", "REGION_CODE_INVALID", r.regionCode()));
            } else if (!refs.regionExists(code.get().value())) {
                unknown.add(FieldViolation.of("regionCode", "REGION_UNKNOWN", code.get().value()));
            } else {
                regionCode = code.get().value();
                if (agency != null && agency.regionCode() != null && agency.type() != AgencyType.PUSAT
                        && !regionCode.equals(agency.regionCode()) && !regionCode.startsWith(agency.regionCode() + ".")) {
                    invalid.add(FieldViolation.of("regionCode", "REGION_OUTSIDE_AGENCY", regionCode, agency.code(),
                            agency.regionCode()));
                }
            }
        }
        if (!invalid.isEmpty()) {
            invalid.addAll(unknown);
            throw ApiException.badRequest("VALIDATION_FAILED").violations(invalid);
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("VALIDATION_FAILED").violations(unknown);
        }
        return new Valid(parsed, r.name().trim().replaceAll("\\s+", " "), r.employeeType(), golongan, pangkat,
                r.jabatanCategory(), r.jabatanName().trim(), Text.blankToNull(r.unitKerja()), agency, regionCode, status, nik);
    }

    /** "iii/A" becomes "III/a"; "xvii" becomes "XVII". */
    static String normalizeGolongan(String golongan) {
        if (golongan == null || golongan.isBlank()) {
            return null;
        }
        String g = golongan.trim();
        int slash = g.indexOf('/');
        return slash < 0 ? g.toUpperCase(Locale.ROOT)
                : g.substring(0, slash).toUpperCase(Locale.ROOT) + "/" + g.substring(slash + 1).toLowerCase(Locale.ROOT);
    }
}
