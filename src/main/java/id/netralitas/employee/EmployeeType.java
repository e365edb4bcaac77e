package id.netralitas.employee;

/** Kind of civil servant (ASN) under UU 20/2023; the NIP layout tells PNS/CPNS from PPPK. */
public enum EmployeeType {
    /** Pegawai Negeri Sipil: permanent civil servant. */
    PNS,
    /** Calon PNS: civil servant on probation; PP 94/2021 applies to them too. */
    CPNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: government employee on contract. */
    PPPK
}
