package id.netralitas.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads a query's whole result forward, row by row, in constant memory: a forward-only cursor
 * fetched {@value #FETCH_SIZE} rows at a time (on MySQL/MariaDB a server-side cursor, enabled by the
 * connection property {@code useCursorFetch=true}), entities loaded read-only and detached once handled,
 * and the persistence context cleared every {@code clearEvery} rows so that what they reference (agencies,
 * collections) does not pile up. For exports; call it inside a transaction.
 */
public final class ForwardScroll {

    public static final int FETCH_SIZE = 1000;

    private ForwardScroll() {
    }

    /** Handles one row; may write to a stream. */
    @FunctionalInterface
    public interface Each<E> {
        void accept(E row) throws IOException;
    }

    public static <E> long forEach(PanacheQuery<E> query, EntityManager em, int clearEvery, Each<E> each)
            throws IOException {
        return forEach(query.withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .withHint(HibernateHints.HINT_READ_ONLY, true).stream(), em, clearEvery, each);
    }

    /** The same for a JPA query (joins and fetches a Panache query cannot express). */
    public static <E> long forEach(TypedQuery<E> query, EntityManager em, int clearEvery, Each<E> each)
            throws IOException {
        return forEach(query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream(), em, clearEvery, each);
    }

    private static <E> long forEach(Stream<E> stream, EntityManager em, int clearEvery, Each<E> each)
            throws IOException {
        long n = 0;
        try (Stream<E> rows = stream) {
            Iterator<E> it = rows.iterator();
            while (it.hasNext()) {
                E row = it.next();
                each.accept(row);
                em.detach(row);
                if (++n % clearEvery == 0) {
                    em.clear();
                }
            }
        }
        return n;
    }
}
