package ru.navyk.benchmark.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;

/**
 * Rows into one table through one prepared statement: sent in batches of {@value #BATCH} and committed every
 * {@value #COMMIT} rows, which is what makes millions of rows a matter of minutes on embedded Derby. Dates, instants
 * and booleans are converted to what the schema stores (booleans are SMALLINT 0/1 on Derby).
 */
final class BatchInsert implements AutoCloseable {

    static final int BATCH = 1_000;
    static final int COMMIT = 20_000;

    private final Connection connection;
    private final String table;
    private final PreparedStatement statement;
    private final int[] types;
    private long rows;
    private int pending;

    BatchInsert(Connection connection, String table, String... columns) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
        ParameterMetaData meta = statement.getParameterMetaData();
        this.types = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            types[i] = meta.getParameterType(i + 1);
        }
    }

    void row(Object... values) throws SQLException {
        if (values.length != types.length) {
            throw new IllegalArgumentException(table + ": " + types.length + " columns, " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, types[i]);
            } else if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (value instanceof Boolean flag) {
                statement.setInt(i + 1, flag ? 1 : 0);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        statement.addBatch();
        rows++;
        if (++pending % BATCH == 0) {
            statement.executeBatch();
        }
        if (pending >= COMMIT) {
            connection.commit();
            pending = 0;
        }
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        try {
            statement.executeBatch();
            connection.commit();
        } finally {
            statement.close();
        }
    }
}
