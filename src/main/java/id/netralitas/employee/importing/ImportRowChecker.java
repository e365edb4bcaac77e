package id.netralitas.employee.importing;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.error.ViolationNames;
import id.netralitas.common.text.Text;
import id.netralitas.employee.EmployeeCsvFormat;
import id.netralitas.employee.EmployeeRequest;
import id.netralitas.employee.EmployeeRules;
import id.netralitas.employee.EmployeeStatus;
import id.netralitas.employee.EmployeeType;
import id.netralitas.employee.JabatanCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a CSV row exactly as the single-item API checks a record: enum values, bean validation of
 * the {@link EmployeeRequest} it makes, the ppk's scope and {@link EmployeeRules}. Faults are named
 * by CSV column and ordered as the columns.
 */
@ApplicationScoped
public class ImportRowChecker {

    private static final List<String> HEADER = EmployeeCsvFormat.HEADER;
    /** Longest message argument kept from a row's cell. */
    static final int MAX_ARG_LENGTH = 120;

    @Inject
    Validator validator;

    CheckedRow check(long line, List<String> record, EmployeeRules.References refs, String agencyScope,
                     LocalDate today) {
        if (record.size() != HEADER.size()) {
            return rejected(line, FieldViolation.of("row", "CSV_FIELD_COUNT", HEADER.size(), record.size()));
        }
        List<FieldViolation> faults = new ArrayList<>();
        EmployeeRequest request = request(record, faults);
        for (ConstraintViolation<EmployeeRequest> v : validator.validate(request)) {
            String field = ViolationNames.column(v.getPropertyPath().toString());
            if (faults.stream().noneMatch(f -> f.field().equals(field))) {
                faults.add(beanViolation(field, v));
            }
        }
        if (!faults.isEmpty()) {
            return new CheckedRow.Rejected(line, sorted(faults));
        }
        if (agencyScope != null && !agencyScope.equalsIgnoreCase(request.agencyCode().trim())) {
            return rejected(line, FieldViolation.of("agency_code", "AGENCY_OUT_OF_SCOPE", request.agencyCode()));
        }
        try {
            return new CheckedRow.Accepted(line,
                    EmployeeRules.check(request.nip(), request, EmployeeStatus.AKTIF, refs, today));
        } catch (ApiException e) {
            return new CheckedRow.Rejected(line, sorted(e.violations().stream()
                    .map(v -> new FieldViolation(ViolationNames.column(v.field()), v.code(), v.messageKey(), v.args(),
                            v.message()))
                    .toList()));
        }
    }

    /** A row found in scope when read but whose stored employee belongs to another agency. */
    static CheckedRow.Rejected outOfScope(CheckedRow.Accepted row) {
        return rejected(row.line(), FieldViolation.of("agency_code", "AGENCY_OUT_OF_SCOPE",
                row.valid().agency().code()));
    }

    private static EmployeeRequest request(List<String> record, List<FieldViolation> faults) {
        EmployeeType type = enumValue(EmployeeType.class, record.get(2), "employee_type", faults);
        JabatanCategory jabatan = enumValue(JabatanCategory.class, record.get(5), "jabatan_category", faults);
        EmployeeStatus status = enumValue(EmployeeStatus.class, record.get(10), "status", faults);
        return new EmployeeRequest(Text.blankToNull(record.get(0)), record.get(1), type, record.get(3),
                Text.blankToNull(record.get(4)), jabatan, record.get(6), Text.blankToNull(record.get(7)),
                record.get(8), record.get(9), status, Text.blankToNull(record.get(11)), null);
    }

    private static CheckedRow.Rejected rejected(long line, FieldViolation violation) {
        return new CheckedRow.Rejected(line, List.of(violation));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String column, List<FieldViolation> faults) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            faults.add(FieldViolation.of(column, "INVALID_ENUM_VALUE", Text.abbreviate(raw, MAX_ARG_LENGTH),
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** Both NotNull and NotBlank read as NOT_NULL in the import (an empty cell is an absent value). */
    private static FieldViolation beanViolation(String field, ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank" -> FieldViolation.of(field, "NOT_NULL");
            case "Size" -> FieldViolation.keyed(field, "SIZE", "SIZE", v.getConstraintDescriptor().getAttributes().get("min"),
                    v.getConstraintDescriptor().getAttributes().get("max"));
            default -> FieldViolation.keyed(field, ViolationNames.violationCode(v), "INVALID_VALUE", v.getMessage());
        };
    }

    private static List<FieldViolation> sorted(List<FieldViolation> violations) {
        List<FieldViolation> list = new ArrayList<>(violations);
        list.sort((a, b) -> Integer.compare(HEADER.indexOf(a.field()), HEADER.indexOf(b.field())));
        return list;
    }
}
