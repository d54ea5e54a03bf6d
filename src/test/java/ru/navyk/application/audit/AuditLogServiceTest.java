package ru.navyk.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.audit.AuditEntry;
import ru.navyk.domain.audit.AuditQuery;
import ru.navyk.domain.audit.AuditRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.AccessDeniedException;

/** The trail is for administrators only, and an export reads it in batches without repeating or losing entries. */
class AuditLogServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-05T09:00:00Z");

    private final InMemoryAudit repository = new InMemoryAudit();

    @Test
    void everyReadRefusesCallersWithoutTheAdministratorRole() {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            AuditLogService service = serviceFor(viewer(EnumSet.of(role, Role.AGENT)));

            assertThrows(AccessDeniedException.class, () -> service.search(AuditQuery.ALL, 0, 25), role.name());
            assertThrows(AccessDeniedException.class, () -> service.count(AuditQuery.ALL), role.name());
            assertThrows(AccessDeniedException.class, service::entityTypes, role.name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThrows(AccessDeniedException.class, () -> service.export(AuditQuery.ALL, out), role.name());
            assertEquals(0, out.size(), "nothing is written before the refusal");
        }
    }

    @Test
    void nobodyLoggedInIsRefused() {
        CurrentUser anonymous = new CurrentUser() {
            @Override
            public Viewer viewer() {
                throw new AccessDeniedException("not authenticated");
            }
        };
        AuditLogService service = new AuditLogService(repository, new AccessPolicy(), anonymous, clock());

        assertThrows(AccessDeniedException.class, () -> service.search(AuditQuery.ALL, 0, 25));
    }

    @Test
    void anAdministratorGetsAPageAndTheTotal() {
        repository.fill(30);
        AuditLogService service = serviceFor(viewer(EnumSet.of(Role.ADMIN)));

        Page<AuditView> page = service.search(AuditQuery.ALL, 25, 25);

        assertEquals(30, page.total());
        assertEquals(List.of("entry 4", "entry 3", "entry 2", "entry 1", "entry 0"),
                page.items().stream().map(AuditView::entityLabel).toList());
        assertEquals(List.of("Person"), service.entityTypes());
    }

    @Test
    void anExportLongerThanOneBatchHasEveryEntryOnceNewestFirst() throws IOException {
        int entries = AuditLogService.BATCH * 2 + 7;
        repository.fill(entries);
        AuditLogService service = serviceFor(viewer(EnumSet.of(Role.ADMIN)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        service.export(AuditQuery.ALL, out);

        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(1 + entries, lines.size());
        List<String> labels = lines.stream().skip(1).map(line -> line.split(";")[5]).toList();
        assertEquals(Stream.iterate(entries - 1, i -> i - 1).limit(entries).map(i -> "entry " + i).toList(), labels);
    }

    private AuditLogService serviceFor(Viewer viewer) {
        CurrentUser currentUser = new CurrentUser() {
            @Override
            public Viewer viewer() {
                return viewer;
            }
        };
        return new AuditLogService(repository, new AccessPolicy(), currentUser, clock());
    }

    private static Viewer viewer(Set<Role> roles) {
        return new Viewer(7, "someone", 3L, roles);
    }

    private static Clock clock() {
        return Clock.fixed(T0, ZoneId.of("Europe/Moscow"));
    }

    /** The repository's contract on a list; entries share a time, as they do when one change alters many fields. */
    private static final class InMemoryAudit implements AuditRepository {

        private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::getOccurredAt)
                .thenComparing(AuditEntry::getId).reversed();

        private final List<AuditEntry> stored = new ArrayList<>();

        void fill(int count) {
            for (int i = 0; i < count; i++) {
                append(new AuditEntry(T0.plusSeconds(i / 3), "admin", "UPDATE", "Person", "1", "entry " + i,
                        "field", "old", "new"));
            }
        }

        /** Numbers the entry as the database's identity column would. */
        @Override
        public void append(AuditEntry entry) {
            try {
                Field id = AuditEntry.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(entry, (long) stored.size() + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            stored.add(entry);
        }

        @Override
        public List<AuditEntry> search(AuditQuery query, int first, int max) {
            return sorted().skip(first).limit(max).toList();
        }

        @Override
        public List<AuditEntry> searchAfter(AuditQuery query, Instant occurredAt, long id, int max) {
            return sorted().filter(e -> e.getOccurredAt().isBefore(occurredAt)
                            || (e.getOccurredAt().equals(occurredAt) && e.getId() < id))
                    .limit(max).toList();
        }

        @Override
        public long count(AuditQuery query) {
            return stored.size();
        }

        @Override
        public List<String> entityTypes() {
            return stored.stream().map(AuditEntry::getEntityType).distinct().sorted().toList();
        }

        private Stream<AuditEntry> sorted() {
            return stored.stream().sorted(NEWEST_FIRST);
        }
    }
}
