package id.netralitas.regulation;

/** Severity of a sanction, from the lightest; the order of the constants is the order of severity. */
public enum SanctionLevel {
    /** Moral sanction for an ethics breach (PP 42/2004 Pasal 15). */
    MORAL,
    /** Light disciplinary sanction (hukuman disiplin ringan). */
    RINGAN,
    /** Medium disciplinary sanction (hukuman disiplin sedang). */
    SEDANG,
    /** Heavy disciplinary sanction (hukuman disiplin berat). */
    BERAT,
    /** Dishonourable dismissal (pemberhentian tidak dengan hormat) under the ASN law. */
    PTDH
}
