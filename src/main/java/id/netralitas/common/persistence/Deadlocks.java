package id.netralitas.common.persistence;

import id.netralitas.common.error.Causes;
import java.sql.SQLTransactionRollbackException;

/**
 * Transactions the database rolled back to break a deadlock (or a serialization failure): nothing
 * of them was committed, so writing the same thing again in a new transaction is safe.
 */
public final class Deadlocks {

    private Deadlocks() {
    }

    public static boolean rolledBack(Throwable e) {
        return Causes.has(e, SQLTransactionRollbackException.class);
    }
}
