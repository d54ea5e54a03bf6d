package ru.navyk.benchmark.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A portal data folder as the portal lays it out ({@code NAVYK_DATA_DIR}: the embedded Derby database in
 * {@code <dir>/derby}, see {@code infrastructure.persistence.DatabaseMigration}), opened from the benchmark JVM.
 */
public final class DerbyFiles {

    private DerbyFiles() {
    }

    public static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + database(dataDir).toAbsolutePath() + ";create=true");
    }

    public static Path database(Path dataDir) {
        return dataDir.resolve("derby");
    }

    /** Closes the database so its files are complete on disk and another process may open them. */
    public static void shutDown(Path dataDir) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database(dataDir).toAbsolutePath() + ";shutdown=true")
                    .close();
        } catch (SQLException e) {
            // Derby reports a successful shutdown of one database as SQLState 08006.
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down cleanly: " + e.getMessage(), e);
            }
        }
    }

    /** Bytes the database takes on disk. */
    public static long sizeOnDisk(Path dataDir) {
        try (Stream<Path> files = Files.walk(database(dataDir))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
