package ru.navyk.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.training.TrainingNeedsService;
import ru.navyk.application.training.TrainingNeedsService.TeamChoice;
import ru.navyk.application.training.TrainingViews.PlanSummary;
import ru.navyk.application.training.TrainingViews.TeamNeeds;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/** Serves {@code /training/needs.xhtml}: a team's training needs, its plans, and building a plan for a period. */
@Named
@ViewScoped
public class NeedsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingNeedsService needs;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private List<TeamChoice> teams;
    private Long teamId;
    private TeamNeeds teamNeeds;
    private List<PlanSummary> plans;
    private String title;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        teams = needs.teams();
        plans = needs.plans();
        LocalDate today = LocalDate.now(clock);
        from = today.withDayOfMonth(1).plusMonths(1);
        to = from.plusMonths(3).minusDays(1);
        if (!teams.isEmpty()) {
            teamId = teams.get(0).id();
            show();
        }
    }

    public void show() {
        teamNeeds = teamId == null ? null : needs.needs(teamId);
        if (teamNeeds != null && (title == null || title.isBlank())) {
            title = messages.text("training.needs.planTitleDefault", teamNeeds.teamName());
        }
    }

    public void createPlan() {
        long[] id = new long[1];
        if (Actions.run(messages, "plan", () -> id[0] = needs.createPlan(teamId, title, from, to))) {
            Pages.redirect("/training/plan.xhtml?id=" + id[0]);
        }
    }

    public List<TeamChoice> getTeams() {
        return teams;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public TeamNeeds getTeamNeeds() {
        return teamNeeds;
    }

    public List<PlanSummary> getPlans() {
        return plans;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
