package id.netralitas.employee;

/**
 * Category of position (UU 20/2023 Pasal 13–18), plus KEPALA_WILAYAH for camat and lurah, which
 * neutrality statistics report separately.
 */
public enum JabatanCategory {
    JPT_UTAMA,
    JPT_MADYA,
    JPT_PRATAMA,
    ADMINISTRATOR,
    PENGAWAS,
    FUNGSIONAL,
    PELAKSANA,
    KEPALA_WILAYAH
}
