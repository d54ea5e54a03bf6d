package ru.navyk.application.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.infrastructure.persistence.DerbyOnlineBackup;

/**
 * Backups of a single-site installation on embedded Derby, at an administrator's request: each into a new folder
 * {@code <data dir>/backups/derby-<date-time>}, never over an earlier one. Audited. On PostgreSQL the request is
 * refused: the database server is backed up with {@code pg_dump}.
 */
@ApplicationScoped
public class BackupService {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("'derby-'yyyyMMdd-HHmmss");

    @Inject
    private DerbyOnlineBackup derby;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "navyk.data.dir", defaultValue = "data")
    private String dataDir;

    /** Takes the backup; answers the folder of the copied database. */
    @Transactional
    public Path backupNow() {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        Path folder = Path.of(dataDir, "backups", FOLDER.format(LocalDateTime.now(clock)));
        Path database = derby.backupInto(folder)
                .orElseThrow(() -> new RuleViolationException("database", "backup.notDerby"));
        audit.event(viewer.username(), "BACKUP", "Database", null, database.toString());
        return database;
    }
}
