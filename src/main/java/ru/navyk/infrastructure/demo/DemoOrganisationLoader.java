package ru.navyk.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Department;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.infrastructure.security.PasswordHasher;

/**
 * Stores the demo centre in one transaction, and only into a database that has no person yet: a portal that already
 * holds people (real ones, or the demo from an earlier start) is left exactly as it is. Each person, department, team
 * and account it creates is audited with the actor {@code system}.
 */
@ApplicationScoped
public class DemoOrganisationLoader {

    private static final String CREATE = "CREATE";

    private PersonRepository people;
    private TeamRepository teams;
    private MentorshipRepository mentorships;
    private AccountRepository accounts;
    private PasswordHasher hasher;
    private AuditService audit;
    private Clock clock;
    private JobProfileRepository jobProfiles;

    /** For the container's proxy only. */
    protected DemoOrganisationLoader() {
    }

    /** Constructor injection, so that a unit test can hand in repositories kept in memory. */
    @Inject
    public DemoOrganisationLoader(PersonRepository people, TeamRepository teams, MentorshipRepository mentorships,
                                  AccountRepository accounts, PasswordHasher hasher, AuditService audit, Clock clock,
                                  JobProfileRepository jobProfiles) {
        this.jobProfiles = jobProfiles;
        this.people = people;
        this.teams = teams;
        this.mentorships = mentorships;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the centre it stored, or empty when the database already had people and nothing was written */
    @Transactional
    public Optional<DemoCentre> loadIntoEmptyDatabase() {
        if (people.countAll() > 0) {
            return Optional.empty();
        }
        DemoCentre centre = DemoCentre.on(LocalDate.now(clock));
        centre.departments().forEach(teams::add);
        centre.teams().forEach(teams::add);
        centre.people().forEach(this::addPerson);
        centre.appointLeaders();
        centre.departments().forEach(this::auditDepartment);
        centre.teams().forEach(this::auditTeam);
        centre.mentorships().forEach(mentorships::add);
        // The demo password is published, so one hash (one salt) for every demo account gives nothing away, and it
        // spares some forty deliberately slow PBKDF2 runs at each start of a demo portal.
        String passwordHash = hasher.hash(DemoAccounts.PASSWORD);
        centre.accounts().forEach(plan -> addAccount(plan, passwordHash));
        return Optional.of(centre);
    }

    private void addPerson(Person person) {
        person.currentPosition().map(position -> DemoCentreBuilder.PROFILE_OF_POSITION.get(position.getTitle()))
                .flatMap(jobProfiles::findByCode).ifPresent(person::describeCurrentPositionBy);
        people.add(person);
        audit.record(AuditService.SYSTEM, CREATE, "Person", person.getId(), person.getFullName(), new Changes()
                .created("email", person.getEmail())
                .created("hireDate", person.getHireDate())
                .created("position", person.currentPosition().map(PositionAssignment::getTitle).orElse(null))
                .created("team", person.currentTeam().map(Team::getName).orElse(null))
                .created("active", person.isActive()));
    }

    private void auditDepartment(Department department) {
        audit.record(AuditService.SYSTEM, CREATE, "Department", department.getId(), department.getName(),
                new Changes().created("name", department.getName())
                        .created("parent", department.getParent() == null ? null : department.getParent().getName())
                        .created("head", fullName(department.getHead())));
    }

    private void auditTeam(Team team) {
        audit.record(AuditService.SYSTEM, CREATE, "Team", team.getId(), team.getName(), new Changes()
                .created("name", team.getName())
                .created("department", team.getDepartment() == null ? null : team.getDepartment().getName())
                .created("parent", team.getParent() == null ? null : team.getParent().getName())
                .created("supervisor", fullName(team.getSupervisor())));
    }

    private void addAccount(DemoCentre.AccountPlan plan, String passwordHash) {
        Account account = new Account(plan.username(), passwordHash, plan.person(), plan.roles());
        if (!plan.person().isActive()) {
            account.deactivate();
        }
        accounts.add(account);
        audit.record(AuditService.SYSTEM, CREATE, "Account", account.getId(), account.getUsername(), new Changes()
                .created("username", account.getUsername())
                .created("person", plan.person().getFullName())
                .created("roles", sorted(account.getRoles()))
                .created("active", account.isActive()));
    }

    private static String fullName(Person person) {
        return person == null ? null : person.getFullName();
    }

    private static String sorted(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Enum::name).sorted().toList());
    }
}
