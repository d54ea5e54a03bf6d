package ru.navyk.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.PeopleViews.AccountView;
import ru.navyk.application.people.PeopleViews.MembershipView;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.application.people.PeopleViews.PersonSummary;
import ru.navyk.application.people.PeopleViews.PersonView;
import ru.navyk.application.people.PeopleViews.PositionView;
import ru.navyk.application.people.PeopleViews.TrainingView;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonQuery;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * People: listing what the caller may see, reading one person (refused as "not found" when the caller may not see
 * them), and HR's and administrators' changes, each audited field by field.
 */
@ApplicationScoped
@Transactional
public class PeopleService {

    static final String ENTITY = "Person";

    @Inject
    private PersonRepository people;

    @Inject
    private TeamRepository teams;

    @Inject
    private AccountRepository accounts;

    @Inject
    private JobProfileRepository jobProfiles;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** The people the caller may see; deactivated people only for HR and administrators. */
    public Page<PersonSummary> search(String text, Long teamId, boolean includeInactive, int first, int max) {
        Viewer viewer = currentUser.viewer();
        PersonScope scope = access.scopeOf(viewer);
        PersonQuery query = new PersonQuery(text, teamId, includeInactive && viewer.hasAny(Role.ADMIN, Role.HR),
                scope);
        List<PersonSummary> items = people.search(query, first, Math.min(max, 500)).stream()
                .map(PeopleService::summary).toList();
        return new Page<>(items, people.count(query));
    }

    /** One person, if the caller may see them; otherwise exactly as if there were no such person. */
    public PersonView get(long id) {
        Viewer viewer = currentUser.viewer();
        Person person = visible(viewer, id);
        return view(person, viewer.has(Role.ADMIN));
    }

    public long create(PersonForm form) {
        return create(form, null);
    }

    /**
     * Creates a person whose first position is described by a job profile (a hire from a vacancy), with the same
     * rules and audit as any new person.
     *
     * @param jobProfileId the profile of the position, or {@code null} for none
     */
    public long create(PersonForm form, Long jobProfileId) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        LocalDate today = LocalDate.now(clock);
        PersonRules.check(form, today, true);
        requireUnique(form, null);
        JobProfile jobProfile = jobProfileId == null ? null : jobProfiles.find(jobProfileId)
                .orElseThrow(() -> new RuleViolationException("jobProfileId", "rule.required"));
        Person person = new Person(form.lastName(), form.firstName(), form.middleName(), form.email(),
                form.hireDate());
        person.describe(form.personnelNumber(), form.phone(), form.hireDate(), form.education());
        person.assignPosition(form.positionTitle(), form.qualificationLevel(), form.hireDate(), jobProfile);
        if (form.teamId() != null) {
            person.moveToTeam(activeTeam(form.teamId()), form.hireDate());
        }
        people.add(person);
        audit.record(viewer.username(), "CREATE", ENTITY, idOf(person), person.getFullName(), snapshot(person));
        return idOf(person);
    }

    public void update(long id, long version, PersonForm form) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Person person = people.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        requireVersion(person, version);
        PersonRules.check(form, LocalDate.now(clock), false);
        requireUnique(form, id);
        Changes changes = new Changes()
                .compare("lastName", person.getLastName(), form.lastName().strip())
                .compare("firstName", person.getFirstName(), form.firstName().strip())
                .compare("middleName", person.getMiddleName(), blankToNull(form.middleName()))
                .compare("email", person.getEmail(), Person.normalizeEmail(form.email()))
                .compare("personnelNumber", person.getPersonnelNumber(), blankToNull(form.personnelNumber()))
                .compare("phone", person.getPhone(), blankToNull(form.phone()))
                .compare("hireDate", person.getHireDate(), form.hireDate())
                .compare("education", person.getEducation(), form.education());
        person.rename(form.lastName(), form.firstName(), form.middleName());
        person.changeEmail(form.email());
        person.describe(form.personnelNumber(), form.phone(), form.hireDate(), form.education());
        if (!changes.isEmpty()) {
            audit.record(viewer.username(), "UPDATE", ENTITY, id, person.getFullName(), changes);
        }
    }

    /** Starts a new position; the current one ends the day before (position history is never rewritten). */
    public void assignPosition(long id, String title, Integer level, LocalDate from) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Person person = people.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        PersonRules.required("positionTitle", title, ru.navyk.domain.people.Lengths.TITLE);
        PersonRules.checkLevel(level);
        if (from == null) {
            throw new RuleViolationException("positionFrom", "rule.required");
        }
        String before = person.currentPosition().map(PeopleService::describe).orElse(null);
        try {
            person.assignPosition(title, level, from);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("positionFrom", "rule.position.order");
        }
        audit.record(viewer.username(), "UPDATE", ENTITY, id, person.getFullName(),
                new Changes().compare("position", before, describe(person.currentPosition().orElseThrow())));
    }

    public void moveToTeam(long id, long teamId, LocalDate from) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Person person = people.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        if (from == null) {
            throw new RuleViolationException("teamFrom", "rule.required");
        }
        String before = person.currentTeam().map(Team::getName).orElse(null);
        Team team = activeTeam(teamId);
        person.moveToTeam(team, from);
        people.touch(person);
        audit.record(viewer.username(), "UPDATE", ENTITY, id, person.getFullName(),
                new Changes().compare("team", before, team.getName()));
    }

    public void addTraining(long id, TrainingKind kind, String title, LocalDate completedOn, Integer hours) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Person person = people.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        if (kind == null) {
            throw new RuleViolationException("trainingKind", "rule.required");
        }
        PersonRules.required("trainingTitle", title, ru.navyk.domain.people.Lengths.TITLE);
        if (completedOn == null || completedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("trainingCompletedOn", completedOn == null ? "rule.required"
                    : "rule.date.future");
        }
        person.recordTraining(kind, title, completedOn, hours);
        audit.record(viewer.username(), "UPDATE", ENTITY, id, person.getFullName(),
                new Changes().created("training", kind + ": " + title.strip() + " (" + completedOn + ")"));
    }

    /** Deactivates (never deletes) a person; their team membership ends today. */
    public void deactivate(long id, long version) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Person person = people.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        requireVersion(person, version);
        if (viewer.isSelf(id)) {
            throw new RuleViolationException(null, "rule.person.deactivateSelf");
        }
        person.deactivate();
        person.leaveTeam(LocalDate.now(clock));
        accounts.findByPerson(id).ifPresent(account -> {
            account.deactivate();
            audit.record(viewer.username(), "DEACTIVATE", AccountService.ENTITY, account.getId(),
                    account.getUsername(), new Changes().compare("active", true, false));
        });
        audit.record(viewer.username(), "DEACTIVATE", ENTITY, id, person.getFullName(),
                new Changes().compare("active", true, false));
    }

    public void reactivate(long id, long version) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Person person = people.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        requireVersion(person, version);
        person.reactivate();
        audit.record(viewer.username(), "REACTIVATE", ENTITY, id, person.getFullName(),
                new Changes().compare("active", false, true));
    }

    private Person visible(Viewer viewer, long id) {
        return access.visiblePerson(viewer, id);
    }

    private Team activeTeam(long teamId) {
        return teams.find(teamId).filter(Team::isActive)
                .orElseThrow(() -> new RuleViolationException("teamId", "rule.team.unknown"));
    }

    private void requireUnique(PersonForm form, Long selfId) {
        Optional<Person> sameEmail = people.findByEmail(form.email());
        if (sameEmail.isPresent() && !sameEmail.get().getId().equals(selfId)) {
            throw new RuleViolationException("email", "rule.email.taken");
        }
        if (form.personnelNumber() != null && !form.personnelNumber().isBlank()) {
            Optional<Person> sameNumber = people.findByPersonnelNumber(form.personnelNumber());
            if (sameNumber.isPresent() && !sameNumber.get().getId().equals(selfId)) {
                throw new RuleViolationException("personnelNumber", "rule.personnelNumber.taken");
            }
        }
    }

    private static void requireVersion(Person person, long version) {
        if (person.getVersion() != version) {
            throw new ConcurrentEditException(ENTITY);
        }
    }

    private static long idOf(Person person) {
        return person.getId();
    }

    static Changes snapshot(Person person) {
        return new Changes()
                .created("lastName", person.getLastName())
                .created("firstName", person.getFirstName())
                .created("middleName", person.getMiddleName())
                .created("email", person.getEmail())
                .created("personnelNumber", person.getPersonnelNumber())
                .created("phone", person.getPhone())
                .created("hireDate", person.getHireDate())
                .created("education", person.getEducation())
                .created("position", person.currentPosition().map(PeopleService::describe).orElse(null))
                .created("team", person.currentTeam().map(Team::getName).orElse(null));
    }

    private static String describe(PositionAssignment position) {
        return position.getTitle() + (position.getQualificationLevel() == null ? ""
                : " (" + position.getQualificationLevel() + ")") + " с " + position.getStartedOn();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static PersonSummary summary(Person person) {
        Optional<PositionAssignment> position = person.currentPosition();
        Optional<Team> team = person.currentTeam();
        return new PersonSummary(person.getId(), person.getFullName(), person.getEmail(),
                person.getPersonnelNumber(), team.map(Team::getId).orElse(null), team.map(Team::getName).orElse(null),
                position.map(PositionAssignment::getTitle).orElse(null),
                position.map(PositionAssignment::getQualificationLevel).orElse(null), person.isActive());
    }

    private PersonView view(Person person, boolean withAccount) {
        Optional<PositionAssignment> position = person.currentPosition();
        Optional<Team> team = person.currentTeam();
        AccountView account = withAccount ? accounts.findByPerson(person.getId())
                .map(a -> AccountService.view(a, clock.instant()))
                .orElse(null) : null;
        return new PersonView(person.getId(), person.getVersion(), person.getPersonnelNumber(),
                person.getLastName(), person.getFirstName(), person.getMiddleName(), person.getFullName(),
                person.getEmail(), person.getPhone(), person.getHireDate(), person.getEducation(),
                person.isActive(), team.map(Team::getId).orElse(null), team.map(Team::getName).orElse(null),
                position.map(PositionAssignment::getTitle).orElse(null),
                position.map(PositionAssignment::getQualificationLevel).orElse(null),
                person.getPositions().stream().map(p -> new PositionView(p.getTitle(), p.getQualificationLevel(),
                        p.getStartedOn(), p.getEndedOn())).toList(),
                person.getMemberships().stream().map(m -> new MembershipView(m.getTeam().getId(),
                        m.getTeam().getName(), m.getStartedOn(), m.getEndedOn())).toList(),
                person.getTrainings().stream().map(t -> new TrainingView(t.getKind(), t.getTitle(),
                        t.getCompletedOn(), t.getHours())).toList(),
                account);
    }
}
