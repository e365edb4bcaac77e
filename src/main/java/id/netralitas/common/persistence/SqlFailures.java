package id.netralitas.common.persistence;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.Causes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises the database failures a use case recovers from, on H2 and MariaDB alike. */
public final class SqlFailures {

    private SqlFailures() {
    }

    /** The transaction was chosen as a deadlock victim (or otherwise rolled back by the database). */
    public static boolean rolledBack(Throwable e) {
        return Causes.has(e, SQLTransactionRollbackException.class);
    }

    /** A unique key or another integrity constraint refused the write (SQLState class 23). */
    public static boolean isUniqueViolation(Throwable e) {
        if (Causes.has(e, ConstraintViolationException.class)
                || Causes.has(e, SQLIntegrityConstraintViolationException.class)) {
            return true;
        }
        SQLException sql = Causes.find(e, SQLException.class);
        return sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }

    /**
     * Persists and flushes a row whose unique key the caller has checked is free: when a concurrent
     * insert took the key meanwhile, the constraint's refusal becomes {@code clash} (a 409 or 412 problem).
     */
    public static <E> void persistUnique(PanacheRepositoryBase<E, ?> repository, E entity, Supplier<ApiException> clash) {
        try {
            repository.persistAndFlush(entity);
        } catch (ConstraintViolationException e) {
            throw clash.get();
        }
    }
}
