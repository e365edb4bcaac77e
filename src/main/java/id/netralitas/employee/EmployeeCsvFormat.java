package id.netralitas.employee;

import id.netralitas.common.csv.CsvColumns;
import java.util.List;

/**
 * The CSV layouts of the register. Import ({@link #HEADER}, shared with the synthetic data
 * generator): the fields of {@link EmployeeRequest} in snake_case, in this order; empty cells are
 * absent values. Export ({@link #EXPORT}): the fields of {@link EmployeeResponse}.
 */
public final class EmployeeCsvFormat {

    public static final List<String> HEADER = List.of("nip", "name", "employee_type", "golongan", "pangkat",
            "jabatan_category", "jabatan_name", "unit_kerja", "agency_code", "region_code", "status", "nik");


    /** The export's columns: the fields of the JSON view, in its order, masked the same way. */
    public static final CsvColumns<EmployeeResponse> EXPORT = CsvColumns.of(EmployeeResponse.class)
            .add("nip", EmployeeResponse::nip).add("name", EmployeeResponse::name)
            .add("employeeType", EmployeeResponse::employeeType).add("golongan", EmployeeResponse::golongan)
            .add("pangkat", EmployeeResponse::pangkat).add("jabatanCategory", EmployeeResponse::jabatanCategory)
            .add("jabatanName", EmployeeResponse::jabatanName).add("unitKerja", EmployeeResponse::unitKerja)
            .add("agencyCode", EmployeeResponse::agencyCode).add("agencyName", EmployeeResponse::agencyName)
            .add("regionCode", EmployeeResponse::regionCode).add("status", EmployeeResponse::status)
            .add("birthDate", EmployeeResponse::birthDate).add("sex", EmployeeResponse::sex)
            .add("appointmentYear", EmployeeResponse::appointmentYear)
            .add("appointmentMonth", EmployeeResponse::appointmentMonth).add("nik", EmployeeResponse::nik)
            .add("personnelBlocked", EmployeeResponse::personnelBlocked)
            .add("blockedReference", EmployeeResponse::blockedReference).add("updatedAt", EmployeeResponse::updatedAt);

    private EmployeeCsvFormat() {
    }
}
