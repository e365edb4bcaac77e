package id.netralitas.stats;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the statistics endpoints. */
public final class StatsDtos {

    private StatsDtos() {
    }

    @Schema(name = "ReportStatistics", description = "Reports counted per group, in the caller's scope. `totalReports` "
            + "counts each report once; for groupings where a report can fall in several groups (agency, "
            + "jabatanCategory, violationType) the group counts may add up to more.")
    public record ReportStats(
            @Schema(maxLength = 40, example = "PEMILU-2024", description = "Absent: every election") String electionCode,
            ReportGrouping groupBy,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "464") long totalReports,
            @Schema(maxItems = 10000) List<ReportGroup> groups) {
    }

    @Schema(name = "ReportStatisticsGroup", description = "One group: `key` is the province code (region), agency "
            + "code, violation type code, status, jabatan category or month `YYYY-MM` (WIB); it is absent for "
            + "reports that have no value for the grouping (an employee named without NIP has no agency or "
            + "jabatan category). `label` is the province or agency name where there is one.")
    public record ReportGroup(
            @Schema(maxLength = 60, example = "74") String key,
            @Schema(maxLength = 255, example = "Sulawesi Tenggara") String label,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "29") long count) {
    }

    @Schema(name = "FollowUpStatistics", description = "PPK follow-up of recommendations, per group, in the caller's "
            + "scope, as of `asOf` (today, WIB: `overdue` depends on it). `totals` adds up the groups (each track "
            + "is in exactly one).")
    public record FollowUpStats(
            @Schema(maxLength = 40, example = "PEMILU-2024", description = "Absent: every election") String electionCode,
            FollowUpGrouping groupBy,
            @Schema(format = "date", maxLength = 10) LocalDate asOf,
            FollowUpFigures totals,
            @Schema(maxItems = 10000) List<FollowUpFigures> groups) {
    }

    @Schema(name = "FollowUpFigures", description = "Counted per track (one reported employee of one recommended "
            + "case). `recommended`: tracks whose recommendation found the violation proven and named a sanction "
            + "(not-proven tracks are not counted). `sanctioned`: of those, tracks with a PPK decree recorded "
            + "(whatever happened after: objection, appeal). `sanctionedWithinDeadline`: decree recorded on or "
            + "before the PPK deadline. `overdue`: still waiting for the PPK after the deadline (the same rule as "
            + "`overdue` on tracks). `blocked`: escalated to BLOKIR_DATA (the personnel data was blocked), even if "
            + "a later decree lifted the block. `followUpRate` = sanctioned / recommended, 0 to 1, rounded to four "
            + "places; absent when nothing was recommended. `key` is the agency code or province code; absent "
            + "for agencies without a region (central agencies) when grouped by region, and in `totals`.")
    public record FollowUpFigures(
            @Schema(maxLength = 40, example = "KOTA-74.71") String key,
            @Schema(maxLength = 255, example = "Pemerintah Kota Kendari") String label,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "372") long recommended,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "194") long sanctioned,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "120")
            long sanctionedWithinDeadline,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "40") long overdue,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "3") long blocked,
            @Schema(format = "double", minimum = "0", maximum = "1", example = "0.5215") Double followUpRate) {
    }

    @Schema(name = "PublicReportStatistics", description = "Reports counted per group for the public: counts only. "
            + "A group with fewer reports than `minimumGroupSize` is suppressed (`suppressed: true`, no `count`); "
            + "when exactly one group falls below it, the next smallest group is suppressed too, so that "
            + "`totalReports` minus the published counts never gives one suppressed group's count. When the total "
            + "itself is below the minimum, it is suppressed as well (`totalSuppressed: true`, no `totalReports`).")
    public record PublicStats(
            @Schema(maxLength = 40, example = "PEMILU-2024", description = "Absent: every election") String electionCode,
            PublicGrouping groupBy,
            @Schema(format = "int32", minimum = "1", maximum = "1000", example = "5") int minimumGroupSize,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "464") Long totalReports,
            boolean totalSuppressed,
            @Schema(maxItems = 10000) List<PublicGroup> groups) {
    }

    @Schema(name = "PublicReportStatisticsGroup", description = "One group; `count` is absent when `suppressed`")
    public record PublicGroup(
            @Schema(maxLength = 60, example = "74") String key,
            @Schema(maxLength = 255, example = "Sulawesi Tenggara") String label,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "29") Long count,
            boolean suppressed) {
    }
}
