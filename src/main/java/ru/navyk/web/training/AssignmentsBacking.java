package ru.navyk.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PeopleViews.PersonSummary;
import ru.navyk.application.profile.JobProfileService;
import ru.navyk.application.profile.JobProfileViews.JobProfileSummary;
import ru.navyk.application.training.AssignmentService;
import ru.navyk.application.training.AssignmentService.AssignmentForm;
import ru.navyk.application.training.CourseCatalogService;
import ru.navyk.application.training.CourseCatalogService.CatalogueQuery;
import ru.navyk.application.training.TrainingNeedsService;
import ru.navyk.application.training.TrainingNeedsService.TeamChoice;
import ru.navyk.application.training.TrainingViews.AssignmentSummary;
import ru.navyk.application.training.TrainingViews.CourseSummary;
import ru.navyk.domain.training.AssignmentTarget;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /training/assignments.xhtml}: assigning a course to a team, a job profile or named people with a due
 * date, and the assignments the viewer may see.
 */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    private AssignmentService assignments;

    @Inject
    private CourseCatalogService catalogue;

    @Inject
    private TrainingNeedsService needs;

    @Inject
    private JobProfileService profiles;

    @Inject
    private PeopleService people;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private String course;
    private AssignmentTarget target = AssignmentTarget.TEAM;
    private Long teamId;
    private Long jobProfileId;
    private List<String> personIds = new ArrayList<>();
    private LocalDate dueOn;
    private String note;
    private List<CourseSummary> courses;
    private List<TeamChoice> teams;
    private List<JobProfileSummary> profileChoices;
    private List<PersonSummary> peopleChoices;
    private List<AssignmentSummary> list;

    @PostConstruct
    void init() {
        courses = catalogue.search(new CatalogueQuery(null, null, null, null));
        teams = needs.teams();
        profileChoices = profiles.list();
        peopleChoices = people.search(null, null, false, 0, 500).items();
        course = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("course");
        dueOn = LocalDate.now(clock).plusWeeks(2);
        reload();
    }

    private void reload() {
        list = assignments.list(0, SHOWN).items();
    }

    public void assign() {
        long[] id = new long[1];
        if (Actions.run(messages, "assign", () -> id[0] = assignments.assign(new AssignmentForm(course, target,
                teamId, jobProfileId, personIds.stream().map(Long::valueOf).toList(), dueOn, note)))) {
            Pages.redirect("/training/assignment.xhtml?id=" + id[0]);
        }
    }

    public AssignmentTarget[] getTargets() {
        return new AssignmentTarget[] {AssignmentTarget.TEAM, AssignmentTarget.JOB_PROFILE, AssignmentTarget.PEOPLE};
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }

    public List<TeamChoice> getTeams() {
        return teams;
    }

    public List<JobProfileSummary> getProfileChoices() {
        return profileChoices;
    }

    public List<PersonSummary> getPeopleChoices() {
        return peopleChoices;
    }

    public List<AssignmentSummary> getList() {
        return list;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public AssignmentTarget getTarget() {
        return target;
    }

    public void setTarget(AssignmentTarget target) {
        this.target = target;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getJobProfileId() {
        return jobProfileId;
    }

    public void setJobProfileId(Long jobProfileId) {
        this.jobProfileId = jobProfileId;
    }

    public List<String> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<String> personIds) {
        this.personIds = personIds == null ? new ArrayList<>() : new ArrayList<>(personIds);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
