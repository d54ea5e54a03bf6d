package ru.navyk.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import ru.navyk.domain.audit.AuditEntry;
import ru.navyk.domain.audit.AuditRepository;

/**
 * The one way to write the audit trail. Entries join the caller's transaction, so a change and its record commit or
 * roll back together. Reading the trail is {@link AuditLogService}'s, for administrators only.
 */
@ApplicationScoped
public class AuditService {

    /** The actor of changes made by the portal itself (start-up, imports without a user, the demo loader). */
    public static final String SYSTEM = "system";

    @Inject
    private AuditRepository repository;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, String label,
                       Changes changes) {
        String id = entityId == null ? null : String.valueOf(entityId);
        if (changes.isEmpty()) {
            repository.append(new AuditEntry(clock.instant(), actor, action, entityType, id, label, null, null,
                    null));
            return;
        }
        for (Changes.FieldChange field : changes.fields()) {
            repository.append(new AuditEntry(clock.instant(), actor, action, entityType, id, label, field.field(),
                    field.oldValue(), field.newValue()));
        }
    }

    /** An event with no field changes (a login lockout, a password reset). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void event(String actor, String action, String entityType, Object entityId, String label) {
        record(actor, action, entityType, entityId, label, new Changes());
    }
}
