package ru.navyk.infrastructure.persistence;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Moves an installation from embedded Derby to PostgreSQL (docs/deployment.md): creates the schema in the empty
 * PostgreSQL database with the portal's own Liquibase migrations, copies every table with its ids in foreign-key
 * order inside one PostgreSQL transaction, moves each identity sequence past the highest copied id, and compares the
 * row count of every table before committing. Any difference, a source at another schema version, or a target that
 * already has data: nothing is committed and the command exits with status 1, saying why.
 *
 * <pre>
 * NAVYK_DB_PASSWORD=… java -cp "navyk/WEB-INF/classes:navyk/WEB-INF/lib/*" \
 *     ru.navyk.infrastructure.persistence.CopyToPostgresql \
 *     --from jdbc:derby:/srv/navyk/data/derby --to jdbc:postgresql://db:5432/navyk --to-user navyk
 * </pre>
 * The portal must be stopped (embedded Derby admits one process). The password is read from the environment
 * ({@code NAVYK_DB_PASSWORD}, as the portal reads it) so that it never appears in a process list.
 */
public final class CopyToPostgresql {

    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");
    private static final int BATCH = 500;

    private final PrintStream out;

    CopyToPostgresql(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        String from = options.get("--from");
        String to = options.getOrDefault("--to", System.getenv("NAVYK_DB_URL"));
        String user = options.getOrDefault("--to-user", System.getenv("NAVYK_DB_USER"));
        String password = System.getenv("NAVYK_DB_PASSWORD");
        if (from == null || to == null || !to.startsWith("jdbc:postgresql:")) {
            System.err.println("usage: CopyToPostgresql --from jdbc:derby:<data dir>/derby"
                    + " --to jdbc:postgresql://<host>:<port>/<database> [--to-user <user>]"
                    + " (password in NAVYK_DB_PASSWORD)");
            System.exit(2);
        }
        try {
            new CopyToPostgresql(System.out).copy(from, to, user, password);
        } catch (CopyRefusedException | SQLException | LiquibaseException e) {
            System.err.println("Copy FAILED, nothing was committed to PostgreSQL: " + e.getMessage());
            System.exit(1);
        }
    }

    /** A reason to commit nothing: the message says what to do about it. */
    static final class CopyRefusedException extends Exception {
        CopyRefusedException(String message) {
            super(message);
        }
    }

    void copy(String fromUrl, String toUrl, String user, String password)
            throws SQLException, LiquibaseException, CopyRefusedException {
        try (Connection source = connect(fromUrl, null, null); Connection target = connect(toUrl, user, password)) {
            source.setReadOnly(true);
            Set<String> oneSided = migrate(target);
            checkSameMigrations(source, target, oneSided);
            Map<String, Map<String, Integer>> columns = columns(target);
            Map<String, String> sourceNames = tables(source);
            if (!sourceNames.keySet().equals(columns.keySet())) {
                throw new CopyRefusedException("the tables differ: source " + sourceNames.keySet() + ", PostgreSQL "
                        + columns.keySet());
            }
            target.setAutoCommit(false);
            for (String table : columns.keySet()) {
                if (count(target, table) > 0) {
                    throw new CopyRefusedException("the PostgreSQL database is not empty (table " + table
                            + " has rows); copy into a new, empty database");
                }
            }
            List<String> order = TableOrder.of(references(target, columns.keySet()));
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : order) {
                copied.put(table, copyTable(source, sourceNames.get(table), target, table, columns.get(table),
                        selfReferences(target, table)));
            }
            resetIdentities(target, columns);
            List<String> differences = new ArrayList<>();
            for (String table : order) {
                long inSource = count(source, sourceNames.get(table));
                long inTarget = count(target, table);
                if (inSource != inTarget || copied.get(table) != inSource) {
                    differences.add(table + ": source " + inSource + ", PostgreSQL " + inTarget);
                }
            }
            if (!differences.isEmpty()) {
                target.rollback();
                throw new CopyRefusedException("row counts differ after copying: " + differences);
            }
            target.commit();
            report(copied);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = ConfiguredDataSource.driverFor(url, CopyToPostgresql.class.getClassLoader())
                .connect(url, properties);
        if (connection == null) {
            throw new SQLException("no driver accepts " + url);
        }
        return connection;
    }

    /**
     * Creates the schema; answers the changesets that run on one of the two databases only ("id/author"): on
     * PostgreSQL only (e.g. its binary column types) or on Derby only (e.g. Derby's own settings).
     */
    private static Set<String> migrate(Connection target) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(target));
        ClassLoaderResourceAccessor accessor = new ClassLoaderResourceAccessor(CopyToPostgresql.class.getClassLoader());
        Liquibase liquibase = new Liquibase(DatabaseMigration.CHANGELOG, accessor, database);
        liquibase.update(new Contexts(), new LabelExpression());
        // The changelog as written, not as seen from PostgreSQL (which leaves out what runs on Derby only).
        DatabaseChangeLog written = ChangeLogParserFactory.getInstance()
                .getParser(DatabaseMigration.CHANGELOG, accessor)
                .parse(DatabaseMigration.CHANGELOG, new ChangeLogParameters(), accessor);
        Set<String> oneSided = new TreeSet<>();
        for (liquibase.changelog.ChangeSet changeSet : written.getChangeSets()) {
            Set<String> dbms = changeSet.getDbmsSet();
            if (dbms != null && !dbms.isEmpty() && !(dbms.contains("derby") && dbms.contains("postgresql"))) {
                oneSided.add(changeSet.getId() + "/" + changeSet.getAuthor());
            }
        }
        return oneSided;
    }

    /** Both databases must have run the same changesets (except those for one of them), or columns would not match. */
    private static void checkSameMigrations(Connection source, Connection target, Set<String> oneSided)
            throws SQLException, CopyRefusedException {
        Set<String> inSource = changesets(source);
        Set<String> inTarget = changesets(target);
        inSource.removeAll(oneSided);
        inTarget.removeAll(oneSided);
        if (!inSource.equals(inTarget)) {
            Set<String> missing = new TreeSet<>(inTarget);
            missing.removeAll(inSource);
            Set<String> unknown = new TreeSet<>(inSource);
            unknown.removeAll(inTarget);
            throw new CopyRefusedException("the Derby database is at another schema version (missing " + missing
                    + ", unknown " + unknown + "); start this version of the portal once on Derby, stop it, and"
                    + " copy again");
        }
    }

    private static Set<String> changesets(Connection connection) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT ID, AUTHOR FROM DATABASECHANGELOG")) {
            while (rows.next()) {
                ids.add(rows.getString(1) + "/" + rows.getString(2));
            }
        }
        return ids;
    }

    /** The application's tables, lower-case name → the name as the database spells it. */
    private static Map<String, String> tables(Connection connection) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, schema(connection), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!LIQUIBASE_TABLES.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return tables;
    }

    private static String schema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /** Target tables → their columns (lower-case) and JDBC types, in column order. */
    private static Map<String, Map<String, Integer>> columns(Connection target) throws SQLException {
        Map<String, Map<String, Integer>> columns = new TreeMap<>();
        for (String table : tables(target).keySet()) {
            Map<String, Integer> types = new LinkedHashMap<>();
            try (ResultSet rows = target.getMetaData().getColumns(null, schema(target), table, "%")) {
                while (rows.next()) {
                    types.put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("DATA_TYPE"));
                }
            }
            columns.put(table, types);
        }
        return columns;
    }

    private static Map<String, Set<String>> references(Connection target, Set<String> tables) throws SQLException {
        Map<String, Set<String>> references = new HashMap<>();
        DatabaseMetaData meta = target.getMetaData();
        for (String table : tables) {
            Set<String> referenced = new TreeSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema(target), table)) {
                while (keys.next()) {
                    referenced.add(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            references.put(table, referenced);
        }
        return references;
    }

    /** Columns of {@code table} that reference its own {@code id} (parent team, parent department). */
    private static List<String> selfReferences(Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet keys = target.getMetaData().getImportedKeys(null, schema(target), table)) {
            while (keys.next()) {
                if (keys.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
                    columns.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static long copyTable(Connection source, String sourceTable, Connection target, String table,
                                  Map<String, Integer> types, List<String> selfReferences) throws SQLException {
        List<String> names = new ArrayList<>(types.keySet());
        List<Object[]> rows = new ArrayList<>();
        String select = "SELECT " + String.join(", ", names) + " FROM " + sourceTable;
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
        long count = 0;
        try (Statement statement = source.createStatement(); ResultSet result = statement.executeQuery(select);
             PreparedStatement insertRow = target.prepareStatement(insert)) {
            while (result.next()) {
                Object[] row = new Object[names.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = readable(result.getObject(i + 1));
                }
                if (selfReferences.isEmpty()) {
                    bind(insertRow, row, names, types);
                    insertRow.addBatch();
                    if (++count % BATCH == 0) {
                        insertRow.executeBatch();
                    }
                } else {
                    rows.add(row);
                }
            }
            for (Object[] row : parentsFirst(rows, names, selfReferences)) {
                bind(insertRow, row, names, types);
                insertRow.addBatch();
                count++;
            }
            insertRow.executeBatch();
        }
        return count;
    }

    /** Rows of a self-referencing table ordered so that a row's parent is inserted before it. */
    private static List<Object[]> parentsFirst(List<Object[]> rows, List<String> names, List<String> selfReferences) {
        int id = names.indexOf("id");
        List<Integer> parents = selfReferences.stream().map(names::indexOf).toList();
        Set<Object> inserted = new java.util.HashSet<>();
        List<Object[]> ordered = new ArrayList<>();
        List<Object[]> pending = new ArrayList<>(rows);
        while (!pending.isEmpty()) {
            List<Object[]> ready = pending.stream().filter(row -> parents.stream()
                    .allMatch(p -> row[p] == null || inserted.contains(key(row[p])) || key(row[p]).equals(key(row[id]))))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("rows whose parents form a cycle or are missing: " + pending.size());
            }
            ready.forEach(row -> inserted.add(key(row[id])));
            ordered.addAll(ready);
            pending.removeAll(ready);
        }
        return ordered;
    }

    /**
     * Derby answers BLOB and CLOB columns with LOB handles, valid only inside its cursor; the copy takes their content
     * (files become the bytes of a BYTEA column, texts a TEXT column on PostgreSQL).
     */
    private static Object readable(Object value) throws SQLException {
        if (value instanceof java.sql.Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    private static Object key(Object value) {
        return value instanceof Number number ? number.longValue() : value;
    }

    private static void bind(PreparedStatement insert, Object[] row, List<String> names, Map<String, Integer> types)
            throws SQLException {
        for (int i = 0; i < row.length; i++) {
            int type = types.get(names.get(i));
            Object value = row[i];
            if (value == null) {
                insert.setNull(i + 1, type);
            } else if ((type == Types.BOOLEAN || type == Types.BIT) && value instanceof Number number) {
                // Derby keeps booleans as SMALLINT 0/1 (see the master changelog); PostgreSQL has real BOOLEANs.
                insert.setBoolean(i + 1, number.intValue() != 0);
            } else {
                insert.setObject(i + 1, value);
            }
        }
    }

    /** Identity columns keep generating after the highest copied id instead of colliding with it. */
    private static void resetIdentities(Connection target, Map<String, Map<String, Integer>> columns)
            throws SQLException {
        for (var table : columns.entrySet()) {
            for (String column : table.getValue().keySet()) {
                String sequence;
                try (PreparedStatement find = target.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                    find.setString(1, table.getKey());
                    find.setString(2, column);
                    try (ResultSet result = find.executeQuery()) {
                        result.next();
                        sequence = result.getString(1);
                    }
                }
                if (sequence != null) {
                    try (PreparedStatement reset = target.prepareStatement("SELECT setval(?, COALESCE((SELECT MAX("
                            + column + ") FROM " + table.getKey() + "), 0) + 1, false)")) {
                        reset.setString(1, sequence);
                        reset.executeQuery().close();
                    }
                }
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void report(Map<String, Long> copied) {
        long total = copied.values().stream().mapToLong(Long::longValue).sum();
        copied.forEach((table, rows) -> out.printf("%-40s %10d%n", table, rows));
        out.printf("Copied %d rows in %d tables; row counts checked, committed.%n", total, copied.size());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
