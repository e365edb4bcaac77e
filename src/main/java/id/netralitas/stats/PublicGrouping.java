package id.netralitas.stats;

/** The groupings of the public report statistics: none of them can point at a person. */
public enum PublicGrouping {
    region, violationType, month
}
