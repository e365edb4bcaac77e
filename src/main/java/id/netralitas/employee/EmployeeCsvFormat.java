package id.netralitas.employee;

import java.util.List;

/**
 * The CSV layout of the register, shared by the bulk import and the synthetic data generator: the
 * fields of {@link EmployeeRequest} in snake_case, in this order. Empty cells are absent values.
 */
public final class EmployeeCsvFormat {

    public static final List<String> HEADER = List.of("nip", "name", "employee_type", "golongan", "pangkat",
            "jabatan_category", "jabatan_name", "unit_kerja", "agency_code", "region_code", "status", "nik");

    private EmployeeCsvFormat() {
    }
}
