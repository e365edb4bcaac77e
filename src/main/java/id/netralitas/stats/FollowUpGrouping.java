package id.netralitas.stats;

/** How follow-up statistics are grouped: by the agency whose PPK must follow up, or by that agency's province. */
public enum FollowUpGrouping {
    agency, region
}
