package ru.navyk.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.util.LiquibaseUtil;

/**
 * Brings a database's schema up to the changelog shipped in this build, and does not repeat that work at every start.
 *
 * <p>Liquibase always parses the whole changelog and checks every changeset against {@code DATABASECHANGELOG}, about
 * three seconds of each start-up on two cores even when nothing is to run. So after a successful update the database
 * is tagged with a fingerprint of the shipped changelog files (and of Liquibase's version, which decides checksums);
 * a start that finds its own fingerprint on the latest changeset knows the schema already holds exactly this
 * changelog and skips Liquibase. Any change to a changelog file, a new changeset included, changes the fingerprint,
 * so Liquibase runs (and validates the released changesets' checksums) as before; so does a database without the
 * tag (new, or migrated by an older build).
 *
 * <p>On PostgreSQL several cluster nodes may start together on one database. Liquibase's lock table serialises their
 * changesets, but not the creation of its own tables: on a new database two nodes both created
 * {@code DATABASECHANGELOG} and one failed on PostgreSQL's catalogue ({@code pg_type_typname_nsp_index}). So there
 * the whole migration, the fingerprint check included, runs under a session-level advisory lock: the second node
 * waits, then finds the first node's fingerprint and skips Liquibase. Embedded Derby has one process.
 */
public final class SchemaMigrator {

    /** What {@link #migrate} did. */
    public enum Outcome {
        /** The database already carried this changelog's fingerprint: Liquibase was not run. */
        UNCHANGED,
        /** Liquibase ran (applying whatever was pending, possibly nothing) and the database was tagged. */
        UPDATED
    }

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");
    /** The advisory lock's key on PostgreSQL: "NavykMig" in ASCII, so that it names its owner in pg_locks. */
    private static final long MIGRATION_LOCK = 0x4e6176796b4d6967L;
    private static final String TAG_PREFIX = "navyk-schema-";

    private final String changelog;
    private final ClassLoader loader;

    public SchemaMigrator(String changelog, ClassLoader loader) {
        this.changelog = changelog;
        this.loader = loader;
    }

    /** Migrates the database behind {@code connection} unless it already carries this changelog's fingerprint. */
    public Outcome migrate(Connection connection) throws SQLException, LiquibaseException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return migrateAlone(connection);
        }
        boolean autoCommit = connection.getAutoCommit();
        advisoryLock(connection, "pg_advisory_lock");
        try {
            return migrateAlone(connection);
        } catch (SQLException | LiquibaseException | RuntimeException e) {
            // Liquibase may leave an aborted transaction behind, in which the unlock would be refused.
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.setAutoCommit(autoCommit);
            } catch (SQLException cleanUp) {
                e.addSuppressed(cleanUp);
            }
            throw e;
        } finally {
            advisoryLock(connection, "pg_advisory_unlock");
        }
    }

    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, MIGRATION_LOCK);
            statement.executeQuery().close();
        }
    }

    /** The migration itself, with no other node migrating the same database at the same time. */
    private Outcome migrateAlone(Connection connection) throws SQLException, LiquibaseException {
        String tag = TAG_PREFIX + fingerprint();
        if (tag.equals(latestTag(connection))) {
            return Outcome.UNCHANGED;
        }
        boolean autoCommit = connection.getAutoCommit();
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(loader), database);
        liquibase.update(new Contexts(), new LabelExpression());
        liquibase.tag(tag);
        // Liquibase works without auto-commit; the pool's connection goes back as it came (which commits the tag).
        connection.setAutoCommit(autoCommit);
        return Outcome.UPDATED;
    }

    /**
     * The fingerprint of the shipped changelog: the master file and every file it includes, in order, with
     * Liquibase's version. Reading a dozen small files costs milliseconds.
     */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LiquibaseUtil.getBuildVersion().getBytes(StandardCharsets.UTF_8));
            byte[] master = read(changelog);
            digest.update(master);
            String folder = changelog.substring(0, changelog.lastIndexOf('/') + 1);
            Matcher include = INCLUDE.matcher(new String(master, StandardCharsets.UTF_8));
            while (include.find()) {
                String file = folder + include.group(1);
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(read(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The changelog names " + resource + ", which is not in this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tag on the most recently run changesets (Liquibase tags the latest), or null for a database Liquibase has
     * not run on yet.
     */
    private static String latestTag(Connection connection) throws SQLException {
        if (!hasChangelogTable(connection)) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT TAG FROM DATABASECHANGELOG"
                + " WHERE DATEEXECUTED = (SELECT MAX(DATEEXECUTED) FROM DATABASECHANGELOG) AND TAG IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static boolean hasChangelogTable(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        for (String name : new String[] {"DATABASECHANGELOG", "databasechangelog"}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
