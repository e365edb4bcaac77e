package id.netralitas.employee;

/** Employment status in the register. */
public enum EmployeeStatus {
    AKTIF,
    /** On unpaid leave outside state responsibility (cuti di luar tanggungan negara). */
    CUTI_DILUAR_TANGGUNGAN_NEGARA,
    PENSIUN,
    BERHENTI,
    MENINGGAL
}
