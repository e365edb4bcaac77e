package id.netralitas.regulation;

/** Where candidates stand in an election's timeline. */
public enum CandidatePhase {
    /** Prospective candidate (bakal calon): before KPU's official candidate determination. */
    BAKAL_CALON,
    /** Candidate (calon): from KPU's official candidate determination on. */
    CALON
}
