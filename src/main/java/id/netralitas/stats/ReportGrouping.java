package id.netralitas.stats;

/**
 * How report statistics are grouped. A report counts once per group it falls in: once in its
 * province ({@code region}, from the incident region), status and month received ({@code month}, WIB);
 * once per distinct agency ({@code agency}) and distinct jabatan category ({@code jabatanCategory}) of
 * the employees it names, and once per violation type it lists ({@code violationType}). So for
 * {@code agency}, {@code jabatanCategory} and {@code violationType} the groups may add up to more
 * than {@code totalReports}.
 */
public enum ReportGrouping {
    region, agency, violationType, status, jabatanCategory, month
}
