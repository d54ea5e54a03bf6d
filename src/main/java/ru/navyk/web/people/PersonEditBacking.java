package ru.navyk.web.people;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PeopleViews.PersonView;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.application.people.PersonForm;
import ru.navyk.application.people.TeamService;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /people/edit.xhtml} (new person) and {@code /people/edit.xhtml?id=…} (change one): HR and
 * administrators only. Saving a record someone else saved meanwhile is refused, never silently overwritten.
 */
@Named
@ViewScoped
public class PersonEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleService people;

    @Inject
    private TeamService teams;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private long version;
    private String personnelNumber;
    private String lastName;
    private String firstName;
    private String middleName;
    private String email;
    private String phone;
    private LocalDate hireDate;
    private EducationLevel education;
    private String positionTitle;
    private Integer qualificationLevel;
    private Long teamId;
    private List<TeamView> teamChoices;

    /** View action: HR and administrators only; others get the same 404 as for a missing person. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!currentUser.viewer().hasAny(Role.ADMIN, Role.HR)) {
            Pages.notFound();
            return;
        }
        teamChoices = teams.activeTeams();
        if (id == null) {
            hireDate = LocalDate.now(clock);
            return;
        }
        try {
            PersonView person = people.get(id);
            version = person.version();
            personnelNumber = person.personnelNumber();
            lastName = person.lastName();
            firstName = person.firstName();
            middleName = person.middleName();
            email = person.email();
            phone = person.phone();
            hireDate = person.hireDate();
            education = person.education();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public void save() {
        PersonForm form = new PersonForm(personnelNumber, lastName, firstName, middleName, email, phone, hireDate,
                education, positionTitle, qualificationLevel, teamId);
        try {
            long saved = id == null ? people.create(form) : update(form);
            Pages.redirect("/people/view.xhtml?id=" + saved);
        } catch (RuleViolationException e) {
            messages.rule("person", e);
        } catch (ConcurrentEditException e) {
            messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    private long update(PersonForm form) {
        people.update(id, version, form);
        return id;
    }

    public boolean isCreating() {
        return id == null;
    }

    public EducationLevel[] getEducationLevels() {
        return EducationLevel.values();
    }

    public List<TeamView> getTeamChoices() {
        return teamChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPersonnelNumber() {
        return personnelNumber;
    }

    public void setPersonnelNumber(String personnelNumber) {
        this.personnelNumber = personnelNumber;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public void setEducation(EducationLevel education) {
        this.education = education;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public Integer getQualificationLevel() {
        return qualificationLevel;
    }

    public void setQualificationLevel(Integer qualificationLevel) {
        this.qualificationLevel = qualificationLevel;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }
}
