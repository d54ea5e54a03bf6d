package ru.navyk.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Inserts (or updates by key) many rows of one table as JDBC batches on the persistence context's own connection,
 * inside the caller's transaction. For writes of thousands of rows at once (a campaign to the whole centre): tables
 * keyed by identity columns make JPA insert and read back one row at a time, which took most of a publication's time;
 * entities changed by the thousand are compared for changes at every flush.
 *
 * <p>The rows are not entities of the persistence context afterwards (they have no ids there); callers use it only
 * for rows nothing else in the same transaction reads as entities.
 */
final class JdbcBatch {

    private static final int BATCH = 1_000;

    private JdbcBatch() {
    }

    /**
     * @param sql  an {@code INSERT} with one {@code ?} per column value, or an {@code UPDATE} of one row by its key
     * @param rows each row's values in the order of the placeholders ({@link Instant} and {@link LocalDate} are
     *             stored as SQL timestamps and dates; {@code null} only for text columns)
     * @return the rows inserted or updated
     */
    static int write(EntityManager em, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        // Earlier changes of the transaction (the campaign the rows point at) must reach the database first.
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            int written = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(statement, i + 1, row[i]);
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    written += written(statement.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                written += written(statement.executeBatch());
            }
            return written;
        } catch (SQLException e) {
            throw new PersistenceException("Batch write failed: " + sql, e);
        }
    }

    private static int written(int[] counts) {
        int written = 0;
        for (int count : counts) {
            // A driver may answer "succeeded, count unknown" for a batched statement; Derby answers the count.
            written += count == Statement.SUCCESS_NO_INFO ? 1 : count;
        }
        return written;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof LocalDate day) {
            statement.setDate(index, Date.valueOf(day));
        } else {
            statement.setObject(index, value);
        }
    }
}
