package ru.navyk.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Derby's online backup: a consistent copy of the embedded database taken while the portal keeps running (Derby
 * blocks writes for the moment it copies). Only the process that has the database open can take it, hence a call
 * inside the portal. PostgreSQL is backed up from outside with {@code pg_dump} (docs/deployment.md).
 */
@ApplicationScoped
public class DerbyOnlineBackup {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    /**
     * Copies the database into {@code folder} (Derby adds a subfolder named like the database, {@code derby});
     * empty when the portal does not run on Derby. Outside the caller's transaction: the backup waits for open
     * transactions with unlogged operations, and must never wait for its own caller's.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Path> backupInto(Path folder) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().startsWith("Apache Derby")) {
                return Optional.empty();
            }
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toAbsolutePath().toString());
                backup.execute();
            }
            return Optional.of(folder.toAbsolutePath().resolve("derby"));
        } catch (SQLException e) {
            throw new IllegalStateException("Derby's online backup into " + folder + " failed", e);
        }
    }
}
