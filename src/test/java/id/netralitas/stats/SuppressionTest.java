package id.netralitas.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small-group suppression of the public statistics, as a rule. */
class SuppressionTest {

    private static StatsDtos.PublicStats apply(long total, long... counts) {
        List<StatsDtos.ReportGroup> groups = Arrays.stream(counts).mapToObj(c -> new StatsDtos.ReportGroup("g" + c + "-"
                + System.identityHashCode(Long.valueOf(c)), null, c)).toList();
        return Suppression.apply(new StatsDtos.ReportStats(null, ReportGrouping.region, total, groups),
                PublicGrouping.region, 5);
    }

    private static List<Boolean> suppressed(StatsDtos.PublicStats stats) {
        return stats.groups().stream().map(StatsDtos.PublicGroup::suppressed).toList();
    }

    @Test
    void groupsAtOrAboveTheMinimumAreShown() {
        StatsDtos.PublicStats stats = apply(27, 5, 10, 12);
        assertEquals(List.of(false, false, false), suppressed(stats));
        assertEquals(27L, stats.totalReports());
        assertEquals(10L, stats.groups().get(1).count());
    }

    @Test
    void aLoneSmallGroupTakesTheNextSmallestWithItSoTheTotalCannotRevealIt() {
        StatsDtos.PublicStats stats = apply(30, 12, 3, 7, 8);
        assertEquals(List.of(false, true, true, false), suppressed(stats));
        assertNull(stats.groups().get(1).count());
        assertNull(stats.groups().get(2).count());
        assertEquals(30L, stats.totalReports());
    }

    @Test
    void twoOrMoreSmallGroupsAreEnough() {
        assertEquals(List.of(false, true, true, false), suppressed(apply(30, 12, 3, 4, 11)));
    }

    @Test
    void aSmallTotalIsSuppressedToo() {
        StatsDtos.PublicStats stats = apply(4, 4);
        assertTrue(stats.totalSuppressed());
        assertNull(stats.totalReports());
        assertEquals(List.of(true), suppressed(stats));
        assertFalse(apply(5, 5).totalSuppressed());
    }
}
