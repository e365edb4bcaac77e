package id.netralitas.report;

/** The office the candidate concerned stands for. */
public enum CandidateOffice {
    PRESIDEN_WAPRES, DPR, DPD, DPRD_PROVINSI, DPRD_KABKOTA, GUBERNUR, BUPATI, WALIKOTA
}
