package id.netralitas.regulation;

/** What a handling authority does with neutrality cases. */
public enum AuthorityFunction {
    /** Receives reports and findings, studies them and forwards them (Bawaslu). */
    INTAKE,
    /** Verifies forwarded cases and recommends sanctions to the PPK (KASN, then BKN, later an independent body). */
    SUPERVISION
}
