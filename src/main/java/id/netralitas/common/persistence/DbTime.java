package id.netralitas.common.persistence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants are stored as UTC wall-clock time in DATETIME(6) columns (Hibernate is configured with
 * {@code jdbc.timezone=UTC}); plain JDBC writers use this so both paths store the same thing.
 */
public final class DbTime {

    private DbTime() {
    }

    public static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
