package ru.navyk.application.audit;

import java.io.Serializable;
import java.time.Instant;
import ru.navyk.domain.audit.AuditEntry;

/** One audit entry as pages, the API and the export see it: plain values, never the managed entity. */
public record AuditView(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                        String entityLabel, String field, String oldValue, String newValue) implements Serializable {

    public static AuditView of(AuditEntry entry) {
        return new AuditView(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getAction(),
                entry.getEntityType(), entry.getEntityId(), entry.getEntityLabel(), entry.getField(),
                entry.getOldValue(), entry.getNewValue());
    }
}
