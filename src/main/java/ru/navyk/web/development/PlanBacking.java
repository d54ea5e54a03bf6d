package ru.navyk.web.development;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.development.DevelopmentPlanService;
import ru.navyk.application.development.DevelopmentViews.ActivityInput;
import ru.navyk.application.development.DevelopmentViews.GapProposal;
import ru.navyk.application.development.DevelopmentViews.GoalInput;
import ru.navyk.application.development.DevelopmentViews.PlanView;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.qualification.QualificationTexts;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.development.ActivityKind;
import ru.navyk.domain.development.ActivityStatus;
import ru.navyk.domain.development.GoalKind;
import ru.navyk.domain.development.PlanStatus;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;
import ru.navyk.web.qualification.QualificationNavigation;

/**
 * Serves {@code /development/plan.xhtml?person=…} (the person's active plan, or — for their manager — a new plan
 * drafted from the proposed gaps) and {@code ?id=…} (any plan the viewer may see). The person and their manager
 * work through the plan and comment; the mentor reads it.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many of the largest gaps are ticked when a manager opens the proposals. */
    static final int PRESELECTED = 5;

    @Inject
    private DevelopmentPlanService plans;

    @Inject
    private PeopleService people;

    @Inject
    private CompetencyModelService models;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private Long person;
    private String personName;
    private PlanView plan;
    private boolean mayCreate;
    private String title;
    private String targetFunction;
    private List<ProposalRow> proposals = new ArrayList<>();
    private String comment;
    private Long activityGoalId;
    private ActivityKind activityKind;
    private String activityTitle;
    private String activityReference;
    private LocalDate activityDueOn;
    private String newGoalFunction;

    /** View action. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id != null) {
                plan = plans.plan(id);
                person = plan.personId();
                personName = plan.personName();
            } else if (person != null) {
                personName = people.get(person).fullName();
                plan = plans.activePlanOf(person).orElse(null);
                if (plan == null) {
                    openProposals();
                }
            } else {
                Pages.notFound();
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void openProposals() {
        try {
            List<GapProposal> found = plans.propose(person, blankToNull(targetFunction));
            proposals = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                proposals.add(new ProposalRow(found.get(i), i < PRESELECTED));
            }
            mayCreate = true;
            if (title == null) {
                title = QualificationTexts.of(QualificationNavigation.locale()).text("development.plan.defaultTitle",
                        LocalDate.now(clock).getYear());
            }
        } catch (NotFoundException e) {
            mayCreate = false;
        }
    }

    /** The manager chose another target (job profile or a generalized function): propose again. */
    public void repropose() {
        openProposals();
    }

    public void create() {
        LocalDate due = LocalDate.now(clock).plusMonths(3);
        List<GoalInput> goals = proposals.stream().filter(ProposalRow::isSelected)
                .map(row -> new GoalInput(GoalKind.ITEM, row.proposal.itemId(), row.proposal.code(),
                        row.proposal.target(), due)).toList();
        if (goals.isEmpty()) {
            messages.rule("plan", new RuleViolationException(null, "rule.plan.noGoals"));
            return;
        }
        run(() -> {
            long created = plans.create(person, title, goals);
            plan = plans.plan(created);
        });
    }

    public void moveTo(String status) {
        run(() -> plan = plans.transition(plan.id(), plan.version(), PlanStatus.valueOf(status)));
    }

    public void markDone(long activityId) {
        run(() -> plan = plans.markActivity(plan.id(), plan.version(), activityId, ActivityStatus.DONE));
    }

    public void removeGoal(long goalId) {
        run(() -> plan = plans.removeGoal(plan.id(), plan.version(), goalId));
    }

    public void addActivity() {
        if (activityGoalId == null) {
            messages.rule("plan", new RuleViolationException("activityGoal", "rule.required"));
            return;
        }
        run(() -> {
            plan = plans.addActivity(plan.id(), plan.version(), activityGoalId, new ActivityInput(activityKind,
                    activityTitle, activityReference, activityDueOn));
            activityTitle = null;
            activityReference = null;
        });
    }

    public void addLevelGoal() {
        if (newGoalFunction == null || newGoalFunction.isBlank()) {
            messages.rule("plan", new RuleViolationException("goal", "rule.required"));
            return;
        }
        run(() -> plan = plans.addGoal(plan.id(), plan.version(), new GoalInput(GoalKind.LEVEL, null,
                newGoalFunction, null, LocalDate.now(clock).plusMonths(6))));
    }

    public void addComment() {
        run(() -> {
            plan = plans.comment(plan.id(), comment);
            comment = null;
        });
    }

    private void run(Runnable change) {
        try {
            change.run();
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule("plan", e);
        } catch (ConcurrentEditException e) {
            reload(() -> plans.plan(plan.id()));
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    private void reload(Supplier<PlanView> fresh) {
        plan = fresh.get();
    }

    /** The moves the viewer may make from the plan's status. */
    public List<String> getMoves() {
        if (plan == null) {
            return List.of();
        }
        List<String> moves = new ArrayList<>();
        for (PlanStatus next : plan.status().next()) {
            boolean allowed = next == PlanStatus.IN_PROGRESS ? plan.permissions().start() : plan.permissions().edit();
            if (allowed) {
                moves.add(next.name());
            }
        }
        return moves;
    }

    public List<GeneralizedFunctionView> getFunctions() {
        return models.current().map(m -> m.generalizedFunctions()).orElse(List.of());
    }

    public List<ActivityKind> getActivityKinds() {
        return Arrays.asList(ActivityKind.values());
    }

    public boolean isDone(ActivityStatus status) {
        return status == ActivityStatus.DONE;
    }

    public String proficiencyKey(Proficiency proficiency) {
        return proficiency == null ? "qualification.person.notRated" : "Proficiency." + proficiency.name();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A proposed goal and whether the manager keeps it. */
    public static final class ProposalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final GapProposal proposal;
        private boolean selected;

        ProposalRow(GapProposal proposal, boolean selected) {
            this.proposal = proposal;
            this.selected = selected;
        }

        public GapProposal getProposal() {
            return proposal;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getPersonName() {
        return personName;
    }

    public PlanView getPlan() {
        return plan;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTargetFunction() {
        return targetFunction;
    }

    public void setTargetFunction(String targetFunction) {
        this.targetFunction = targetFunction;
    }

    public List<ProposalRow> getProposals() {
        return proposals;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getActivityGoalId() {
        return activityGoalId;
    }

    public void setActivityGoalId(Long activityGoalId) {
        this.activityGoalId = activityGoalId;
    }

    public ActivityKind getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(ActivityKind activityKind) {
        this.activityKind = activityKind;
    }

    public String getActivityTitle() {
        return activityTitle;
    }

    public void setActivityTitle(String activityTitle) {
        this.activityTitle = activityTitle;
    }

    public String getActivityReference() {
        return activityReference;
    }

    public void setActivityReference(String activityReference) {
        this.activityReference = activityReference;
    }

    public LocalDate getActivityDueOn() {
        return activityDueOn;
    }

    public void setActivityDueOn(LocalDate activityDueOn) {
        this.activityDueOn = activityDueOn;
    }

    public String getNewGoalFunction() {
        return newGoalFunction;
    }

    public void setNewGoalFunction(String newGoalFunction) {
        this.newGoalFunction = newGoalFunction;
    }
}
