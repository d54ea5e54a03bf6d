package ru.navyk.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.PeopleViews.DepartmentView;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.domain.people.Department;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Teams and departments. Everyone logged in may list teams (names are not personal data); managers see their own
 * teams' people through the people service; only administrators change the organisation.
 */
@ApplicationScoped
@Transactional
public class TeamService {

    static final String ENTITY = "Team";

    @Inject
    private TeamRepository teams;

    @Inject
    private PersonRepository people;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    public Page<TeamView> search(String text, boolean includeInactive, int first, int max) {
        Viewer viewer = currentUser.viewer();
        boolean inactive = includeInactive && viewer.has(Role.ADMIN);
        Map<Long, Long> members = teams.memberCounts();
        List<TeamView> items = teams.search(text, inactive, first, Math.min(max, 500)).stream()
                .map(t -> view(t, members)).toList();
        return new Page<>(items, teams.count(text, inactive));
    }

    /** Active teams for choosers (a person's team, a parent team). */
    public List<TeamView> activeTeams() {
        currentUser.viewer();
        Map<Long, Long> members = teams.memberCounts();
        return teams.findAll().stream().filter(Team::isActive).map(t -> view(t, members)).toList();
    }

    public TeamView get(long id) {
        currentUser.viewer();
        Team team = teams.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        return view(team, teams.memberCounts());
    }

    public long create(TeamForm form) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        check(form);
        if (teams.findActiveByName(form.name()).isPresent()) {
            throw new RuleViolationException("name", "rule.team.nameTaken");
        }
        Team team = new Team(form.name(), department(form.departmentId()), parent(form.parentId(), null),
                supervisor(form.supervisorId()));
        teams.add(team);
        audit.record(viewer.username(), "CREATE", ENTITY, team.getId(), team.getName(), new Changes()
                .created("name", team.getName())
                .created("department", name(team.getDepartment()))
                .created("parent", team.getParent() == null ? null : team.getParent().getName())
                .created("supervisor", team.getSupervisor() == null ? null : team.getSupervisor().getFullName()));
        return team.getId();
    }

    public void update(long id, long version, TeamForm form) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        Team team = teams.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        if (team.getVersion() != version) {
            throw new ConcurrentEditException(ENTITY);
        }
        check(form);
        teams.findActiveByName(form.name()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RuleViolationException("name", "rule.team.nameTaken");
        });
        Department department = department(form.departmentId());
        Team parent = parent(form.parentId(), team);
        Person supervisor = supervisor(form.supervisorId());
        Changes changes = new Changes()
                .compare("name", team.getName(), form.name().strip())
                .compare("department", name(team.getDepartment()), name(department))
                .compare("parent", team.getParent() == null ? null : team.getParent().getName(),
                        parent == null ? null : parent.getName())
                .compare("supervisor", team.getSupervisor() == null ? null : team.getSupervisor().getFullName(),
                        supervisor == null ? null : supervisor.getFullName());
        try {
            team.change(form.name(), department, parent, supervisor);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("parentId", "rule.team.cycle");
        }
        if (!changes.isEmpty()) {
            audit.record(viewer.username(), "UPDATE", ENTITY, id, team.getName(), changes);
        }
    }

    public void setActive(long id, long version, boolean active) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        Team team = teams.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        if (team.getVersion() != version) {
            throw new ConcurrentEditException(ENTITY);
        }
        if (!active && teams.memberCounts().getOrDefault(id, 0L) > 0) {
            throw new RuleViolationException(null, "rule.team.notEmpty");
        }
        boolean before = team.isActive();
        if (active) {
            team.reactivate();
        } else {
            team.deactivate();
        }
        audit.record(viewer.username(), active ? "REACTIVATE" : "DEACTIVATE", ENTITY, id, team.getName(),
                new Changes().compare("active", before, active));
    }

    public List<DepartmentView> departments() {
        currentUser.viewer();
        return teams.findAllDepartments().stream().filter(Department::isActive)
                .map(d -> new DepartmentView(d.getId(), d.getName(),
                        d.getParent() == null ? null : d.getParent().getId(),
                        d.getHead() == null ? null : d.getHead().getId(),
                        d.getHead() == null ? null : d.getHead().getFullName()))
                .toList();
    }

    public long createDepartment(String name, Long parentId, Long headId) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        PersonRules.required("name", name, Lengths.TITLE);
        Department department = new Department(name, department(parentId), supervisor(headId));
        teams.add(department);
        audit.record(viewer.username(), "CREATE", "Department", department.getId(), department.getName(),
                new Changes().created("name", department.getName())
                        .created("head", department.getHead() == null ? null : department.getHead().getFullName()));
        return department.getId();
    }

    private static void check(TeamForm form) {
        PersonRules.required("name", form.name(), Lengths.TITLE);
    }

    private Department department(Long id) {
        return id == null ? null : teams.findDepartment(id).filter(Department::isActive)
                .orElseThrow(() -> new RuleViolationException("departmentId", "rule.department.unknown"));
    }

    private Team parent(Long id, Team self) {
        if (id == null) {
            return null;
        }
        if (self != null && id.equals(self.getId())) {
            throw new RuleViolationException("parentId", "rule.team.cycle");
        }
        return teams.find(id).filter(Team::isActive)
                .orElseThrow(() -> new RuleViolationException("parentId", "rule.team.unknown"));
    }

    private Person supervisor(Long id) {
        return id == null ? null : people.find(id).filter(Person::isActive)
                .orElseThrow(() -> new RuleViolationException("supervisorId", "rule.person.unknown"));
    }

    private static String name(Department department) {
        return department == null ? null : department.getName();
    }

    private static TeamView view(Team team, Map<Long, Long> members) {
        return new TeamView(team.getId(), team.getVersion(), team.getName(),
                team.getDepartment() == null ? null : team.getDepartment().getId(), name(team.getDepartment()),
                team.getParent() == null ? null : team.getParent().getId(),
                team.getParent() == null ? null : team.getParent().getName(),
                team.getSupervisor() == null ? null : team.getSupervisor().getId(),
                team.getSupervisor() == null ? null : team.getSupervisor().getFullName(),
                members.getOrDefault(team.getId(), 0L), team.isActive());
    }
}
