package id.netralitas.employee;

import java.time.Instant;
import java.time.LocalDate;

public record EmployeeResponse(
        String nip,
        String name,
        EmployeeType employeeType,
        String golongan,
        String pangkat,
        JabatanCategory jabatanCategory,
        String jabatanName,
        String unitKerja,
        String agencyCode,
        String agencyName,
        String regionCode,
        EmployeeStatus status,
        LocalDate birthDate,
        Sex sex,
        int appointmentYear,
        String appointmentMonth,
        String nik,
        boolean personnelBlocked,
        String blockedReference,
        Instant updatedAt) {
}
