package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseNumbersTest {

    @Inject
    CaseNumbers caseNumbers;

    /** The first intakes of a year arrive together: each gets a number, none deadlocks or repeats one. */
    @Test
    void concurrentFirstIntakesOfAYearEachGetADistinctNumber() throws Exception {
        int year = 2090;
        int intakes = 8;
        CyclicBarrier start = new CyclicBarrier(intakes);
        ExecutorService pool = Executors.newFixedThreadPool(intakes);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < intakes; i++) {
                numbers.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return QuarkusTransaction.requiringNew().call(() -> caseNumbers.next(year));
                }));
            }
            Set<String> distinct = new TreeSet<>();
            for (Future<String> number : numbers) {
                distinct.add(number.get(60, TimeUnit.SECONDS));
            }
            Set<String> expected = new TreeSet<>();
            for (int n = 1; n <= intakes; n++) {
                expected.add(String.format("NET-%d-%06d", year, n));
            }
            assertEquals(expected, distinct);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackIntakeGivesItsNumberBack() {
        int year = 2091;
        String first = QuarkusTransaction.requiringNew().call(() -> caseNumbers.next(year));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                caseNumbers.next(year);
                throw new IllegalStateException("intake failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        String second = QuarkusTransaction.requiringNew().call(() -> caseNumbers.next(year));
        assertEquals("NET-2091-000001", first);
        assertEquals("NET-2091-000002", second);
    }
}
