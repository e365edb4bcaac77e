package id.netralitas.report;

/** How far an overdue PPK follow-up has been escalated: warning, reprimand, then blocking the personnel data. */
public enum EscalationLevel {
    NONE, PERINGATAN, TEGURAN, BLOKIR_DATA
}
