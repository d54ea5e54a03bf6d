package ru.navyk.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import ru.navyk.benchmark.data.DerbyFiles;

/**
 * The database one size's portal runs on (not in {@code data}: the generator's classes are fingerprinted, and this is
 * not the generator): the copied Derby folder (the default, as the README's run command uses
 * it), or a PostgreSQL database the documented copy command filled from that folder.
 */
public interface CentreDatabase {

    /** What the report names it by, e.g. "embedded Derby". */
    String label();

    /** The environment that points the portal at it (none for Derby: the data folder is enough). */
    Map<String, String> portalEnvironment();

    /** A connection for the raw SQL and the scenarios' checks, made while the portal is stopped. */
    Connection open() throws SQLException;

    /** Ends what {@link #open()} started (Derby: shuts the embedded database down so its files are complete). */
    void closeConnections();

    /** Bytes the database takes on disk. */
    long sizeOnDisk();

    /** The copied Derby folder of the portal's data directory. */
    static CentreDatabase derby(Path dataDir) {
        return new CentreDatabase() {
            @Override
            public String label() {
                return "embedded Derby";
            }

            @Override
            public Map<String, String> portalEnvironment() {
                return Map.of();
            }

            @Override
            public Connection open() throws SQLException {
                return DerbyFiles.open(dataDir);
            }

            @Override
            public void closeConnections() {
                DerbyFiles.shutDown(dataDir);
            }

            @Override
            public long sizeOnDisk() {
                return DerbyFiles.sizeOnDisk(dataDir);
            }
        };
    }
}
