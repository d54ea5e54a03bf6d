package ru.navyk.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Department;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.infrastructure.security.PasswordHasher;

/** What the loader writes, and that it writes nothing at all into a database that already has people. */
class DemoOrganisationLoaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T07:00:00Z"), ZoneOffset.UTC);

    private final List<Person> people = new ArrayList<>();
    private final List<Department> departments = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<Mentorship> mentorships = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final List<String> hashed = new ArrayList<>();
    private long existingPeople;

    @Test
    void storesTheWholeCentreWithOneAuditEntryPerRecord() {
        DemoCentre centre = loader().loadIntoEmptyDatabase().orElseThrow();

        assertEquals(centre.people(), people);
        assertEquals(centre.departments(), departments);
        assertEquals(centre.teams(), teams);
        assertEquals(centre.mentorships(), mentorships);
        assertEquals(centre.people().size(), accounts.size());
        teams.forEach(team -> assertNotNull(team.getSupervisor(), team.getName()));
        departments.forEach(department -> assertNotNull(department.getHead(), department.getName()));

        assertEquals(List.of(DemoAccounts.PASSWORD), hashed, "one hash for all demo accounts");
        assertTrue(accounts.stream().allMatch(a -> a.getPasswordHash().equals("hash of " + DemoAccounts.PASSWORD)));
        Map<String, Account> byUsername = accounts.stream()
                .collect(Collectors.toMap(Account::getUsername, Function.identity()));
        for (DemoAccounts.DemoAccount documented : DemoAccounts.DOCUMENTED) {
            Account account = byUsername.get(documented.username());
            assertEquals(documented.roles(), account.getRoles(), documented.username());
            assertTrue(account.isActive(), documented.username());
        }
        assertFalse(byUsername.get(DemoAccounts.FORMER_EMPLOYEE).isActive());

        Map<String, Long> entries = audited.stream().collect(Collectors.groupingBy(e -> e, Collectors.counting()));
        assertEquals(Map.of("system CREATE Person", (long) people.size(),
                "system CREATE Department", (long) departments.size(),
                "system CREATE Team", (long) teams.size(),
                "system CREATE Account", (long) accounts.size()), entries);
    }

    @Test
    void writesNothingWhenPeopleExist() {
        existingPeople = 1;

        Optional<DemoCentre> loaded = loader().loadIntoEmptyDatabase();

        assertTrue(loaded.isEmpty());
        assertEquals(List.of(), people);
        assertEquals(List.of(), departments);
        assertEquals(List.of(), teams);
        assertEquals(List.of(), mentorships);
        assertEquals(List.of(), accounts);
        assertEquals(List.of(), audited);
        assertEquals(List.of(), hashed);
    }

    private DemoOrganisationLoader loader() {
        PersonRepository personRepository = fake(PersonRepository.class, Map.of(
                "countAll", args -> existingPeople + people.size(),
                "add", args -> people.add((Person) args[0])));
        TeamRepository teamRepository = fake(TeamRepository.class, Map.of(
                "add", args -> args[0] instanceof Team team ? teams.add(team) : departments.add((Department) args[0])));
        MentorshipRepository mentorshipRepository = fake(MentorshipRepository.class, Map.of(
                "add", args -> mentorships.add((Mentorship) args[0])));
        AccountRepository accountRepository = fake(AccountRepository.class, Map.of(
                "add", args -> accounts.add((Account) args[0])));
        PasswordHasher hasher = new PasswordHasher() {
            @Override
            public String hash(String password) {
                hashed.add(password);
                return "hash of " + password;
            }
        };
        AuditService audit = new AuditService() {
            @Override
            public void record(String actor, String action, String entityType, Object entityId, String label,
                               Changes changes) {
                audited.add(actor + " " + action + " " + entityType);
            }
        };
        return new DemoOrganisationLoader(personRepository, teamRepository, mentorshipRepository, accountRepository,
                hasher, audit, CLOCK, fake(JobProfileRepository.class, Map.of("findByCode", args -> Optional.empty())));
    }

    /** An in-memory repository that answers the named methods and refuses every other. */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> body = methods.get(method.getName());
            if (body == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            Object result = body.apply(args);
            return method.getReturnType() == void.class ? null : result;
        });
    }
}
