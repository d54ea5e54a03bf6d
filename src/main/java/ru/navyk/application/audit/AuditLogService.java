package ru.navyk.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.domain.audit.AuditEntry;
import ru.navyk.domain.audit.AuditQuery;
import ru.navyk.domain.audit.AuditRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.AccessDeniedException;

/**
 * Reading the audit trail: searching it page by page and exporting it as CSV. Every operation is for administrators
 * only and refuses anyone else with {@link AccessDeniedException}. There is deliberately no operation that changes
 * or removes an entry.
 */
@ApplicationScoped
public class AuditLogService {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE = 500;

    /** Entries read per query during an export. */
    static final int BATCH = 1000;

    private AuditRepository repository;
    private AccessPolicy access;
    private CurrentUser currentUser;
    private Clock clock;

    /** For the CDI client proxy only. */
    protected AuditLogService() {
    }

    @Inject
    public AuditLogService(AuditRepository repository, AccessPolicy access, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the matching entries, newest first, and how many match in all. */
    @Transactional
    public Page<AuditView> search(AuditQuery query, int first, int max) {
        requireAdministrator();
        List<AuditView> items = repository.search(query, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(AuditView::of).toList();
        return new Page<>(items, repository.count(query));
    }

    @Transactional
    public long count(AuditQuery query) {
        requireAdministrator();
        return repository.count(query);
    }

    /** The record types that have entries, for the type filter. */
    @Transactional
    public List<String> entityTypes() {
        requireAdministrator();
        return repository.entityTypes();
    }

    /**
     * Writes the matching entries, newest first, as CSV (see {@link AuditCsv}) to {@code out}, at most
     * {@link AuditCsv#MAX_ROWS}. Refuses before writing anything. Runs outside a transaction so that each batch is
     * read into a persistence context of its own and let go: a long export never holds all its entries at once.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void export(AuditQuery query, OutputStream out) throws IOException {
        requireAdministrator();
        new AuditCsv(clock.getZone()).write(out, new Batches(query), AuditCsv.MAX_ROWS);
    }

    private void requireAdministrator() {
        access.requireAny(currentUser.viewer(), Role.ADMIN);
    }

    /** The matching entries read lazily, {@link #BATCH} at a time, each batch continuing after the last entry. */
    private final class Batches implements Iterator<AuditView> {

        private final AuditQuery query;
        private final Deque<AuditEntry> batch = new ArrayDeque<>();
        private AuditEntry last;
        private boolean exhausted;

        Batches(AuditQuery query) {
            this.query = query;
        }

        @Override
        public boolean hasNext() {
            if (batch.isEmpty() && !exhausted) {
                List<AuditEntry> next = last == null ? repository.search(query, 0, BATCH)
                        : repository.searchAfter(query, last.getOccurredAt(), last.getId(), BATCH);
                batch.addAll(next);
                exhausted = next.size() < BATCH;
            }
            return !batch.isEmpty();
        }

        @Override
        public AuditView next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = batch.removeFirst();
            return AuditView.of(last);
        }
    }
}
