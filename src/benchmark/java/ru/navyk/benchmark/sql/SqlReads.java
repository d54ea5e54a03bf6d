package ru.navyk.benchmark.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the probes share: running a statement with parameters and reading every column of every row. */
final class SqlReads {

    private SqlReads() {
    }

    /** Runs the statement, reads every value, and answers the first column as longs. */
    static List<Long> read(Connection connection, String sql, List<Long> parameters) throws SQLException {
        List<Long> first = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setLong(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    first.add(rows.getLong(1));
                    for (int column = 2; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
            }
        }
        return first;
    }

    /**
     * {@code sql} with {@code {TRUE}} written as the connection's database writes a true flag: the portal's
     * migrations make a flag SMALLINT on Derby and BOOLEAN on PostgreSQL.
     */
    static String flags(Connection connection, String sql) throws SQLException {
        boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        return sql.replace("{TRUE}", postgresql ? "TRUE" : "1");
    }

    /** {@code ?, ?, …} for an IN list of {@code count} values. */
    static String marks(int count) {
        return String.join(", ", Collections.nCopies(Math.max(1, count), "?"));
    }
}
