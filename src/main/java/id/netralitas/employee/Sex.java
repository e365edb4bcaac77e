package id.netralitas.employee;

/** Sex as encoded in the NIP (digit 15) and the NIK (birth day plus 40 for women). */
public enum Sex {
    LAKI_LAKI,
    PEREMPUAN
}
