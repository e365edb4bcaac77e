package id.netralitas.stats;

import java.time.LocalDate;
import java.util.List;

/** Response bodies of the statistics endpoints. */
public final class StatsDtos {

    private StatsDtos() {
    }

    public record ReportStats(
            String electionCode,
            ReportGrouping groupBy,
            long totalReports,
            List<ReportGroup> groups) {
    }

    public record ReportGroup(
            String key,
            String label,
            long count) {
    }

    public record FollowUpStats(
            String electionCode,
            FollowUpGrouping groupBy,
            LocalDate asOf,
            FollowUpFigures totals,
            List<FollowUpFigures> groups) {
    }

    public record FollowUpFigures(
            String key,
            String label,
            long recommended,
            long sanctioned,
            long sanctionedWithinDeadline,
            long overdue,
            long blocked,
            Double followUpRate) {
    }

    public record PublicStats(
            String electionCode,
            PublicGrouping groupBy,
            int minimumGroupSize,
            Long totalReports,
            boolean totalSuppressed,
            List<PublicGroup> groups) {
    }

    public record PublicGroup(
            String key,
            String label,
            Long count,
            boolean suppressed) {
    }
}
