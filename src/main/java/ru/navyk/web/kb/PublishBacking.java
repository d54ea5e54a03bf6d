package ru.navyk.web.kb;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.knowledge.CampaignForm;
import ru.navyk.application.knowledge.CampaignService;
import ru.navyk.application.knowledge.KnowledgeBaseService;
import ru.navyk.application.knowledge.KnowledgeViews.ArticleView;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.profile.JobProfileService;
import ru.navyk.application.profile.JobProfileViews.JobProfileSummary;
import ru.navyk.application.people.PeopleViews.PersonSummary;
import ru.navyk.application.people.PeopleViews.TeamView;
import ru.navyk.application.people.TeamService;
import ru.navyk.domain.knowledge.AudienceKind;
import ru.navyk.domain.knowledge.QuizQuestion;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /kb/publish.xhtml?id=…}: an editor requests acknowledgement of the article's current revision from an
 * audience by a deadline, optionally with a quiz of up to three questions. The labor functions the article is linked
 * to are offered as the suggested audience.
 */
@Named
@ViewScoped
public class PublishBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int QUESTION_SLOTS = 3;
    private static final int PEOPLE_CHOICES = 500;

    @Inject
    private KnowledgeBaseService knowledge;

    @Inject
    private CampaignService campaigns;

    @Inject
    private TeamService teams;

    @Inject
    private PeopleService people;

    @Inject
    private CompetencyModelService models;

    @Inject
    private JobProfileService jobProfiles;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private ArticleView article;
    private AudienceKind kind = AudienceKind.LABOR_FUNCTION;
    private List<String> profileIds = new ArrayList<>();
    private List<String> teamIds = new ArrayList<>();
    private List<String> functionCodes = new ArrayList<>();
    private List<String> personIds = new ArrayList<>();
    private List<String> titles = new ArrayList<>();
    private LocalDate deadline;
    private final List<QuestionDraft> questions = new ArrayList<>();
    private List<JobProfileSummary> profileChoices;
    private List<TeamView> teamChoices;
    private List<ModelSnapshot.LaborFunctionView> functionChoices;
    private List<PersonSummary> personChoices;
    private List<String> titleChoices;
    private List<String> suggested;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!knowledge.canEdit() || id == null) {
            Pages.notFound();
            return;
        }
        try {
            article = knowledge.get(id);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        suggested = knowledge.suggestedFunctions(id);
        functionCodes = new ArrayList<>(suggested);
        profileIds = new ArrayList<>(knowledge.suggestedProfiles(id).stream().map(String::valueOf).toList());
        if (!profileIds.isEmpty()) {
            kind = AudienceKind.JOB_PROFILE;
        } else if (suggested.isEmpty()) {
            kind = AudienceKind.TEAM;
        }
        profileChoices = jobProfiles.list().stream().filter(p -> p.active() && p.currentVersionId() != null)
                .toList();
        deadline = LocalDate.now(clock).plusDays(3);
        teamChoices = teams.activeTeams();
        functionChoices = models.current().map(ModelSnapshot::laborFunctions).orElse(List.of());
        personChoices = people.search(null, null, false, 0, PEOPLE_CHOICES).items();
        titleChoices = campaigns.positionTitles();
        for (int i = 0; i < QUESTION_SLOTS; i++) {
            questions.add(new QuestionDraft());
        }
    }

    public void publish() {
        List<String> values = switch (kind) {
            case JOB_PROFILE -> profileIds;
            case TEAM -> teamIds;
            case LABOR_FUNCTION -> functionCodes;
            case PERSON -> personIds;
            case POSITION -> titles;
        };
        List<QuizQuestion.Definition> quiz = questions.stream().filter(q -> !q.isEmpty())
                .map(QuestionDraft::definition).toList();
        try {
            long campaign = campaigns.publish(id, new CampaignForm(kind, values, deadline, quiz));
            Pages.redirect("/kb/campaign.xhtml?id=" + campaign + "&published=1");
        } catch (RuleViolationException e) {
            messages.rule("publish", e);
        }
    }

    public AudienceKind[] getKinds() {
        return AudienceKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleView getArticle() {
        return article;
    }

    public AudienceKind getKind() {
        return kind;
    }

    public void setKind(AudienceKind kind) {
        this.kind = kind;
    }

    public List<String> getProfileIds() {
        return profileIds;
    }

    public void setProfileIds(List<String> profileIds) {
        this.profileIds = profileIds == null ? new ArrayList<>() : new ArrayList<>(profileIds);
    }

    public List<JobProfileSummary> getProfileChoices() {
        return profileChoices;
    }

    public List<String> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<String> teamIds) {
        this.teamIds = teamIds == null ? new ArrayList<>() : new ArrayList<>(teamIds);
    }

    public List<String> getFunctionCodes() {
        return functionCodes;
    }

    public void setFunctionCodes(List<String> functionCodes) {
        this.functionCodes = functionCodes == null ? new ArrayList<>() : new ArrayList<>(functionCodes);
    }

    public List<String> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<String> personIds) {
        this.personIds = personIds == null ? new ArrayList<>() : new ArrayList<>(personIds);
    }

    public List<String> getTitles() {
        return titles;
    }

    public void setTitles(List<String> titles) {
        this.titles = titles == null ? new ArrayList<>() : new ArrayList<>(titles);
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<QuestionDraft> getQuestions() {
        return questions;
    }

    public List<TeamView> getTeamChoices() {
        return teamChoices;
    }

    public List<ModelSnapshot.LaborFunctionView> getFunctionChoices() {
        return functionChoices;
    }

    public List<PersonSummary> getPersonChoices() {
        return personChoices;
    }

    public List<String> getTitleChoices() {
        return titleChoices;
    }

    public String getSuggestedText() {
        return suggested == null || suggested.isEmpty() ? "—" : String.join(", ", suggested);
    }
}
