package ru.navyk.domain.audit;

import java.time.Instant;

/**
 * A search of the audit trail; every criterion is optional.
 *
 * @param text matched case-insensitively against the record's label, field and values
 */
public record AuditQuery(String actor, String entityType, String entityId, String text, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
