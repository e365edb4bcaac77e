package id.netralitas.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small-group suppression for public statistics. A group below the minimum size is suppressed
 * (primary suppression). If that leaves exactly one suppressed group, the smallest remaining group is
 * suppressed too (secondary suppression), because the published total minus the published groups would
 * otherwise give the one hidden count away. A total below the minimum is itself suppressed.
 */
final class Suppression {

    private Suppression() {
    }

    static StatsDtos.PublicStats apply(StatsDtos.ReportStats counted, PublicGrouping groupBy, int minimum) {
        List<StatsDtos.ReportGroup> groups = counted.groups();
        Set<StatsDtos.ReportGroup> hidden = new HashSet<>();
        groups.stream().filter(g -> g.count() < minimum).forEach(hidden::add);
        if (hidden.size() == 1) {
            groups.stream().filter(g -> !hidden.contains(g))
                    .min(Comparator.comparingLong(StatsDtos.ReportGroup::count))
                    .ifPresent(hidden::add);
        }
        List<StatsDtos.PublicGroup> published = new ArrayList<>();
        for (StatsDtos.ReportGroup g : groups) {
            boolean suppressed = hidden.contains(g);
            published.add(new StatsDtos.PublicGroup(g.key(), g.label(), suppressed ? null : g.count(), suppressed));
        }
        boolean totalSuppressed = counted.totalReports() < minimum;
        return new StatsDtos.PublicStats(counted.electionCode(), groupBy, minimum,
                totalSuppressed ? null : counted.totalReports(), totalSuppressed, published);
    }
}
