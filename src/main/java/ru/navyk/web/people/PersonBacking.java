package ru.navyk.web.people;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import ru.navyk.application.assessment.EvidenceService;
import ru.navyk.application.assessment.EvidenceService.EvidenceView;
import ru.navyk.application.people.AccountService;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PeopleViews.PersonView;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.application.people.TeamService;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /people/view.xhtml?id=…}: one person as the viewer may see them (a person the viewer may not see is
 * a 404, like one that does not exist), with HR's and administrators' operations.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleService people;

    @Inject
    private TeamService teams;

    @Inject
    private AccountService accounts;

    @Inject
    private EvidenceService evidence;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private PersonView person;
    private List<TeamView> teamChoices;

    private String positionTitle;
    private Integer positionLevel;
    private LocalDate positionFrom;
    private Long newTeamId;
    private LocalDate teamFrom;
    private TrainingKind trainingKind;
    private String trainingTitle;
    private LocalDate trainingCompletedOn;
    private Integer trainingHours;
    private String username;
    private List<String> roles = new ArrayList<>();
    private String issuedPassword;
    private List<EvidenceView> history;

    /** View action. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            person = people.get(id);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        if (person.account() != null && !FacesContext.getCurrentInstance().isPostback()) {
            roles = new ArrayList<>(person.account().roles().stream().map(Enum::name).toList());
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            positionFrom = LocalDate.now(clock);
            teamFrom = LocalDate.now(clock);
        }
    }

    private void reload() {
        person = people.get(id);
        history = null;
    }

    /** The person's competency history (every rating, newest first), read once per view state. */
    public List<EvidenceView> getHistory() {
        if (history == null) {
            history = evidence.historyOf(id);
        }
        return history;
    }

    public List<TeamView> getTeamChoices() {
        if (teamChoices == null) {
            teamChoices = teams.activeTeams();
        }
        return teamChoices;
    }

    public void assignPosition() {
        run("position", () -> people.assignPosition(id, positionTitle, positionLevel, positionFrom));
    }

    public void moveToTeam() {
        if (newTeamId == null) {
            messages.rule("team", new RuleViolationException("teamId", "rule.required"));
            return;
        }
        run("team", () -> people.moveToTeam(id, newTeamId, teamFrom));
    }

    public void addTraining() {
        run("training", () -> people.addTraining(id, trainingKind, trainingTitle, trainingCompletedOn,
                trainingHours));
    }

    public void deactivate() {
        run("status", () -> people.deactivate(id, person.version()));
    }

    public void reactivate() {
        run("status", () -> people.reactivate(id, person.version()));
    }

    public void createAccount() {
        run("account", () -> issuedPassword = accounts.createAccount(id, username, chosenRoles(), null));
    }

    public void saveRoles() {
        run("account", () -> accounts.setRoles(person.account().id(), person.account().version(), chosenRoles()));
    }

    public void resetPassword() {
        run("account", () -> issuedPassword = accounts.resetPassword(person.account().id()));
    }

    public void unlock() {
        run("account", () -> accounts.unlock(person.account().id()));
    }

    public void setAccountActive(boolean active) {
        run("account", () -> accounts.setActive(person.account().id(), person.account().version(), active));
    }

    private void run(String formId, Runnable change) {
        try {
            change.run();
            reload();
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule(formId, e);
        } catch (ConcurrentEditException e) {
            reload();
            messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    private EnumSet<Role> chosenRoles() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        return chosen;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public TrainingKind[] getTrainingKinds() {
        return TrainingKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public Integer getPositionLevel() {
        return positionLevel;
    }

    public void setPositionLevel(Integer positionLevel) {
        this.positionLevel = positionLevel;
    }

    public LocalDate getPositionFrom() {
        return positionFrom;
    }

    public void setPositionFrom(LocalDate positionFrom) {
        this.positionFrom = positionFrom;
    }

    public Long getNewTeamId() {
        return newTeamId;
    }

    public void setNewTeamId(Long newTeamId) {
        this.newTeamId = newTeamId;
    }

    public LocalDate getTeamFrom() {
        return teamFrom;
    }

    public void setTeamFrom(LocalDate teamFrom) {
        this.teamFrom = teamFrom;
    }

    public TrainingKind getTrainingKind() {
        return trainingKind;
    }

    public void setTrainingKind(TrainingKind trainingKind) {
        this.trainingKind = trainingKind;
    }

    public String getTrainingTitle() {
        return trainingTitle;
    }

    public void setTrainingTitle(String trainingTitle) {
        this.trainingTitle = trainingTitle;
    }

    public LocalDate getTrainingCompletedOn() {
        return trainingCompletedOn;
    }

    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) {
        this.trainingCompletedOn = trainingCompletedOn;
    }

    public Integer getTrainingHours() {
        return trainingHours;
    }

    public void setTrainingHours(Integer trainingHours) {
        this.trainingHours = trainingHours;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }
}
