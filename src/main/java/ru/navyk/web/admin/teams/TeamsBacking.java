package ru.navyk.web.admin.teams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PeopleViews.DepartmentView;
import ru.navyk.application.people.PeopleViews.PersonSummary;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.application.people.TeamForm;
import ru.navyk.application.people.TeamService;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /admin/teams/index.xhtml}: administrators create, change and deactivate teams and create
 * departments. Teams are a few thousand at most, so the list filters in one query per change.
 */
@Named
@ViewScoped
public class TeamsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 500;

    @Inject
    private TeamService teams;

    @Inject
    private PeopleService people;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private String text;
    private boolean includeInactive;
    private List<TeamView> list;
    private long total;

    private Long editingId;
    private long editingVersion;
    private String name;
    private Long departmentId;
    private Long parentId;
    private Long supervisorId;
    private String supervisorQuery;

    private String departmentName;
    private Long departmentParentId;

    /** View action: administrators only. */
    public void load() {
        if (!currentUser.viewer().has(Role.ADMIN)) {
            Pages.notFound();
            return;
        }
        if (list == null) {
            search();
        }
    }

    public void search() {
        var page = teams.search(text, includeInactive, 0, PAGE);
        list = page.items();
        total = page.total();
    }

    public void edit(TeamView team) {
        editingId = team.id();
        editingVersion = team.version();
        name = team.name();
        departmentId = team.departmentId();
        parentId = team.parentId();
        supervisorId = team.supervisorId();
    }

    public void newTeam() {
        editingId = null;
        name = null;
        departmentId = null;
        parentId = null;
        supervisorId = null;
    }

    public void save() {
        TeamForm form = new TeamForm(name, departmentId, parentId, supervisorId);
        try {
            if (editingId == null) {
                teams.create(form);
            } else {
                teams.update(editingId, editingVersion, form);
            }
            newTeam();
            search();
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule("team", e);
        } catch (ConcurrentEditException e) {
            search();
            messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    public void setActive(TeamView team, boolean active) {
        try {
            teams.setActive(team.id(), team.version(), active);
            search();
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule("teams", e);
        } catch (ConcurrentEditException e) {
            search();
            messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    public void createDepartment() {
        try {
            teams.createDepartment(departmentName, departmentParentId, null);
            departmentName = null;
            departmentParentId = null;
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule("department", e);
        }
    }

    /** People to choose a supervisor from, searched as the administrator types. */
    public List<PersonSummary> completeSupervisor(String query) {
        return people.search(query, null, false, 0, 20).items();
    }

    public List<DepartmentView> getDepartments() {
        return teams.departments();
    }

    public List<TeamView> getActiveTeams() {
        return teams.activeTeams();
    }

    public List<TeamView> getList() {
        return list;
    }

    public long getTotal() {
        return total;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public String getSupervisorQuery() {
        return supervisorQuery;
    }

    public void setSupervisorQuery(String supervisorQuery) {
        this.supervisorQuery = supervisorQuery;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = departmentName;
    }

    public Long getDepartmentParentId() {
        return departmentParentId;
    }

    public void setDepartmentParentId(Long departmentParentId) {
        this.departmentParentId = departmentParentId;
    }
}
