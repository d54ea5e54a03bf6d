package ru.navyk.domain.audit;

import java.util.List;

/** Append and search; deliberately nothing that changes or removes an entry. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** Newest first. */
    List<AuditEntry> search(AuditQuery query, int first, int max);

    long count(AuditQuery query);
}
