package ru.navyk.domain.audit;

import java.time.Instant;
import java.util.List;

/** Append and search; deliberately nothing that changes or removes an entry. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** Newest first. */
    List<AuditEntry> search(AuditQuery query, int first, int max);

    /**
     * The entries that follow the entry ({@code occurredAt}, {@code id}) in the newest-first order of
     * {@link #search}. Reading a long trail in batches this way neither repeats nor skips entries when new ones are
     * written meanwhile, as reading by offset would.
     */
    List<AuditEntry> searchAfter(AuditQuery query, Instant occurredAt, long id, int max);

    long count(AuditQuery query);

    /** The record types that have entries, alphabetically. */
    List<String> entityTypes();
}
