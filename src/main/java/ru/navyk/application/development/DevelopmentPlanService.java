package ru.navyk.application.development;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.ItemView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.application.development.DevelopmentViews.ActivityInput;
import ru.navyk.application.development.DevelopmentViews.ActivityView;
import ru.navyk.application.development.DevelopmentViews.CommentView;
import ru.navyk.application.development.DevelopmentViews.GapProposal;
import ru.navyk.application.development.DevelopmentViews.GoalInput;
import ru.navyk.application.development.DevelopmentViews.GoalView;
import ru.navyk.application.development.DevelopmentViews.PlanPermissions;
import ru.navyk.application.development.DevelopmentViews.PlanSummary;
import ru.navyk.application.development.DevelopmentViews.PlanView;
import ru.navyk.application.development.DevelopmentViews.TransitionView;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.development.ActivityStatus;
import ru.navyk.domain.development.DevelopmentActivity;
import ru.navyk.domain.development.DevelopmentGoal;
import ru.navyk.domain.development.DevelopmentPlan;
import ru.navyk.domain.development.DevelopmentPlanRepository;
import ru.navyk.domain.development.GoalKind;
import ru.navyk.domain.development.GoalProgress;
import ru.navyk.domain.development.PlanStatus;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileProgress;
import ru.navyk.domain.qualification.HeldLevels;
import ru.navyk.domain.qualification.LevelDecisionRepository;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Individual development plans, with per-object rules:
 * <ul>
 *   <li>reading: whoever may see the person ({@link AccessPolicy#visiblePerson}) — the person, their mentor
 *       (read-only), their managers, HR and administrators;</li>
 *   <li>drafting and changing goals and activities, agreeing, completing, cancelling: a manager of the person
 *       ({@link AccessPolicy#manages});</li>
 *   <li>starting an agreed plan, marking activities done, commenting: the person or their manager.</li>
 * </ul>
 * Navyk proposes goals from the gaps between the person's current proficiency (read from evidence) and their job
 * profile, or the items of a generalized function they aim for, largest gap first; the manager picks. Every change
 * is audited; a stale version is refused.
 */
@ApplicationScoped
@Transactional
public class DevelopmentPlanService {

    static final String ENTITY = "DevelopmentPlan";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    @Inject
    private PersonRepository people;

    @Inject
    private DevelopmentPlanRepository plans;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private LevelDecisionRepository decisions;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private CompetencyModelRepository modelRepository;

    @Inject
    private CompetencyModelService models;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** The person's active plan (draft, agreed or in progress), if any. */
    public Optional<PlanView> activePlanOf(long personId) {
        Viewer viewer = currentUser.viewer();
        Person person = access.visiblePerson(viewer, personId);
        return plans.findByPerson(personId).stream().filter(p -> p.getStatus().isActive()).findFirst()
                .map(plan -> view(viewer, person, plan));
    }

    /** The caller's own active plan, for the home page. */
    public Optional<PlanView> myActivePlan() {
        return currentUser.optionalViewer().filter(v -> v.personId() != null)
                .flatMap(v -> activePlanOf(v.personId()));
    }

    public List<PlanSummary> plansOf(long personId) {
        access.visiblePerson(currentUser.viewer(), personId);
        return plans.findByPerson(personId).stream().map(p -> new PlanSummary(p.getId(), p.getStatus(),
                p.getTitle(), p.getCreatedAt(), p.getGoals().size())).toList();
    }

    public PlanView plan(long planId) {
        Viewer viewer = currentUser.viewer();
        DevelopmentPlan plan = visiblePlan(viewer, planId);
        return view(viewer, plan.getPerson(), plan);
    }

    /**
     * Goals Navyk proposes for the person: every item below its target, largest gap first. Against the current
     * version of their position's job profile when {@code functionCode} is {@code null}, else against every item of
     * that generalized function at {@link Proficiency#INDEPENDENT}.
     */
    public List<GapProposal> propose(long personId, String functionCode) {
        Viewer viewer = currentUser.viewer();
        Person person = managed(viewer, personId);
        Map<Long, ItemStanding> standings = ProficiencyRule.standings(evidence.findByPerson(personId),
                LocalDate.now(clock));
        List<GapProposal> proposals = new ArrayList<>();
        if (functionCode == null || functionCode.isBlank()) {
            Optional<JobProfileVersion> profile = person.currentPosition().map(PositionAssignment::getJobProfile)
                    .flatMap(JobProfile::current).flatMap(v -> profiles.findVersion(v.getId()));
            profile.ifPresent(version -> ProfileProgress.of(version, standings).functions().forEach(
                    function -> function.items().stream().filter(item -> item.gap() > 0).forEach(item ->
                            proposals.add(new GapProposal(item.itemId(), item.code(), item.kind(),
                                    function.laborFunctionCode(), item.text(), item.required(), item.current(),
                                    item.gap())))));
        } else {
            GeneralizedFunctionView gf = model().generalizedFunction(functionCode)
                    .orElseThrow(() -> new RuleViolationException("functionCode", "rule.review.unknownFunction",
                            functionCode));
            for (LaborFunctionView lf : gf.laborFunctions()) {
                for (ItemView item : lf.items()) {
                    ItemStanding standing = standings.get(item.id());
                    Proficiency current = standing == null ? null : standing.current();
                    int gap = Proficiency.INDEPENDENT.points() - (current == null ? 0 : current.points());
                    if (gap > 0) {
                        proposals.add(new GapProposal(item.id(), item.code(), item.kind(), lf.code(), item.text(),
                                Proficiency.INDEPENDENT, current, gap));
                    }
                }
            }
        }
        proposals.sort(Comparator.comparingInt(GapProposal::gap).reversed().thenComparing(GapProposal::code));
        return proposals;
    }

    /** Drafts a new plan for a person the caller manages; refused while the person has an active plan. */
    public long create(long personId, String title, List<GoalInput> goals) {
        Viewer viewer = currentUser.viewer();
        Person person = managed(viewer, personId);
        if (plans.findByPerson(personId).stream().anyMatch(p -> p.getStatus().isActive())) {
            throw new RuleViolationException(null, "rule.plan.activeExists");
        }
        Person author = people.find(viewer.personId()).orElseThrow();
        DevelopmentPlan plan = new DevelopmentPlan(person, title, author.getFullName(), clock.instant());
        Changes changes = new Changes().created("title", plan.getTitle()).created("status", PlanStatus.DRAFT);
        for (GoalInput goal : goals == null ? List.<GoalInput>of() : goals) {
            DevelopmentGoal added = addGoal(plan, goal);
            changes.created("goal", added.getTargetCode());
        }
        plans.add(plan);
        audit.record(viewer.username(), "CREATE", ENTITY, plan.getId(), person.getFullName(), changes);
        return plan.getId();
    }

    public PlanView addGoal(long planId, long version, GoalInput goal) {
        return change(planId, version, Rights.EDIT, "UPDATE", plan -> new Changes()
                .created("goal", addGoal(plan, goal).getTargetCode()));
    }

    public PlanView removeGoal(long planId, long version, long goalId) {
        return change(planId, version, Rights.EDIT, "UPDATE", plan -> {
            String code = plan.goal(goalId).getTargetCode();
            plan.removeGoal(goalId, clock.instant());
            return new Changes().compare("goal", code, null);
        });
    }

    public PlanView addActivity(long planId, long version, long goalId, ActivityInput activity) {
        if (activity == null || activity.kind() == null) {
            throw new RuleViolationException("activityKind", "rule.required");
        }
        return change(planId, version, Rights.EDIT, "UPDATE", plan -> {
            DevelopmentActivity added = plan.addActivity(goalId, activity.kind(), activity.title(),
                    activity.reference(), activity.dueOn(), clock.instant());
            return new Changes().created("activity", added.getKind() + ": " + added.getTitle());
        });
    }

    public PlanView removeActivity(long planId, long version, long activityId) {
        return change(planId, version, Rights.EDIT, "UPDATE", plan -> {
            plan.removeActivity(activityId, clock.instant());
            return new Changes().compare("activity", activityId, null);
        });
    }

    public PlanView markActivity(long planId, long version, long activityId, ActivityStatus status) {
        if (status == null) {
            throw new RuleViolationException("activityStatus", "rule.required");
        }
        return change(planId, version, Rights.WORK, "UPDATE", plan -> {
            plan.markActivity(activityId, status, LocalDate.now(clock), clock.instant());
            return new Changes().created("activity." + activityId, status);
        });
    }

    /** Moves the plan; starting an agreed plan is the person's or a manager's, every other move a manager's. */
    public PlanView transition(long planId, long version, PlanStatus next) {
        if (next == null) {
            throw new RuleViolationException("status", "rule.required");
        }
        Rights needed = next == PlanStatus.IN_PROGRESS ? Rights.WORK : Rights.EDIT;
        return change(planId, version, needed, "STATUS", plan -> {
            PlanStatus before = plan.getStatus();
            plan.moveTo(next, actorName(), clock.instant());
            return new Changes().compare("status", before, next);
        });
    }

    /** A comment by the person or a manager; plain text, escaped wherever shown. */
    public PlanView comment(long planId, String text) {
        Viewer viewer = currentUser.viewer();
        DevelopmentPlan plan = visiblePlan(viewer, planId);
        require(viewer, plan.getPerson(), Rights.WORK);
        plan.comment(actorName(), text, clock.instant());
        audit.record(viewer.username(), "COMMENT", ENTITY, plan.getId(), plan.getPerson().getFullName(),
                new Changes().created("comment", text == null ? null : text.strip()));
        return view(viewer, plan.getPerson(), plan);
    }

    private enum Rights {
        /** Change the plan's content and status: a manager of the person. */
        EDIT,
        /** Work through the plan: the person or a manager. */
        WORK
    }

    private PlanView change(long planId, long version, Rights needed, String action,
                            java.util.function.Function<DevelopmentPlan, Changes> change) {
        Viewer viewer = currentUser.viewer();
        DevelopmentPlan plan = visiblePlan(viewer, planId);
        require(viewer, plan.getPerson(), needed);
        if (plan.getVersion() != version) {
            throw new ConcurrentEditException(ENTITY);
        }
        Changes changes = change.apply(plan);
        plans.flush();
        audit.record(viewer.username(), action, ENTITY, plan.getId(), plan.getPerson().getFullName(), changes);
        return view(viewer, plan.getPerson(), plan);
    }

    private DevelopmentGoal addGoal(DevelopmentPlan plan, GoalInput goal) {
        if (goal == null || goal.kind() == null) {
            throw new RuleViolationException("goalKind", "rule.required");
        }
        switch (goal.kind()) {
            case ITEM -> {
                if (goal.itemId() == null) {
                    throw new RuleViolationException("itemId", "rule.required");
                }
                CompetencyItem item = modelRepository.findItems(List.of(goal.itemId())).stream().findFirst()
                        .orElseThrow(() -> new RuleViolationException("itemId", "rule.review.unknownItem"));
                return plan.addGoal(GoalKind.ITEM, item, item.getCode(), goal.target(),
                        item.getCode() + " " + item.getText(), goal.dueOn(), clock.instant());
            }
            case LABOR_FUNCTION -> {
                LaborFunctionView lf = model().laborFunction(goal.code() == null ? "" : goal.code())
                        .orElseThrow(() -> new RuleViolationException("code", "rule.plan.unknownCode",
                                String.valueOf(goal.code())));
                return plan.addGoal(GoalKind.LABOR_FUNCTION, null, lf.code(), goal.target(),
                        lf.code() + " " + lf.name(), goal.dueOn(), clock.instant());
            }
            default -> {
                GeneralizedFunctionView gf = model().generalizedFunction(goal.code() == null ? "" : goal.code())
                        .orElseThrow(() -> new RuleViolationException("code", "rule.plan.unknownCode",
                                String.valueOf(goal.code())));
                return plan.addGoal(GoalKind.LEVEL, null, gf.code(), null,
                        gf.code() + " (" + gf.level() + ") " + gf.name(), goal.dueOn(), clock.instant());
            }
        }
    }

    private DevelopmentPlan visiblePlan(Viewer viewer, long planId) {
        DevelopmentPlan plan = plans.find(planId).orElseThrow(() -> new NotFoundException(ENTITY));
        access.visiblePerson(viewer, plan.getPerson().getId());
        return plan;
    }

    /** Refuses what the caller may not do with a plan they can see: 404 as for anything not theirs to change. */
    private void require(Viewer viewer, Person person, Rights needed) {
        boolean manager = access.manages(viewer, person);
        boolean allowed = manager || (needed == Rights.WORK && viewer.isSelf(person.getId()));
        if (!allowed) {
            throw new NotFoundException(ENTITY);
        }
    }

    private Person managed(Viewer viewer, long personId) {
        Person person = access.visiblePerson(viewer, personId);
        if (!access.manages(viewer, person)) {
            throw new NotFoundException(ENTITY);
        }
        return person;
    }

    private String actorName() {
        Viewer viewer = currentUser.viewer();
        return viewer.personId() == null ? viewer.username()
                : people.find(viewer.personId()).map(Person::getFullName).orElse(viewer.username());
    }

    private ModelSnapshot model() {
        return models.current().orElseThrow(() -> new IllegalStateException("no competency model"));
    }

    private PlanView view(Viewer viewer, Person person, DevelopmentPlan plan) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, ItemStanding> standings = ProficiencyRule.standings(evidence.findByPerson(person.getId()), today);
        HeldLevels held = HeldLevels.of(decisions.findByPerson(person.getId()));
        ModelSnapshot model = model();
        List<GoalView> goals = new ArrayList<>();
        for (DevelopmentGoal goal : plan.getGoals()) {
            GoalProgress progress = switch (goal.getKind()) {
                case ITEM -> GoalProgress.item(goal.getTargetProficiency(), standings.get(goal.getItem().getId()));
                case LABOR_FUNCTION -> GoalProgress.laborFunction(goal.getTargetProficiency(),
                        model.laborFunction(goal.getTargetCode()).map(lf -> lf.items().stream().map(ItemView::id)
                                .toList()).orElse(List.of()), standings);
                case LEVEL -> GoalProgress.level(held, goal.getTargetCode());
            };
            List<ActivityView> activities = goal.getActivities().stream().map(a -> new ActivityView(a.getId(),
                    a.getKind(), a.getTitle(), a.getReference(), a.getDueOn(), a.getStatus(), a.getDoneOn(),
                    a.getStatus() == ActivityStatus.PLANNED && a.getDueOn() != null && a.getDueOn().isBefore(today)))
                    .toList();
            goals.add(new GoalView(goal.getId(), goal.getKind(), goal.getTargetCode(), goal.getTitle(),
                    goal.getTargetProficiency(), goal.getDueOn(), progress.met(), progress.percent(),
                    progress.current(), progress.itemsMet(), progress.itemsTotal(), activities));
        }
        int met = (int) goals.stream().filter(GoalView::met).count();
        int percent = goals.isEmpty() ? 0 : met * 100 / goals.size();
        boolean manager = access.manages(viewer, person);
        boolean self = viewer.isSelf(person.getId());
        boolean active = plan.getStatus().isActive();
        PlanPermissions permissions = new PlanPermissions(manager && active, manager || self,
                (manager || self) && plan.getStatus() == PlanStatus.AGREED, (manager || self) && active);
        return new PlanView(plan.getId(), plan.getVersion(), person.getId(), person.getFullName(), plan.getStatus(),
                plan.getTitle(), plan.getCreatedByName(), plan.getCreatedAt(), percent, met, goals,
                plan.getTransitions().stream().map(t -> new TransitionView(t.getFrom(), t.getTo(), t.getActorName(),
                        t.getAt())).toList(),
                plan.getComments().stream().map(c -> new CommentView(c.getId(), c.getAuthorName(),
                        c.getWrittenAt(), c.getText())).toList(),
                permissions);
    }
}
