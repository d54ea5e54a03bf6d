package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.training.TrainingViews.FunctionNeed;
import ru.navyk.application.training.TrainingViews.ItemNeed;
import ru.navyk.application.training.TrainingViews.ItemRef;
import ru.navyk.application.training.TrainingViews.PersonRef;
import ru.navyk.application.training.TrainingViews.PlanLineView;
import ru.navyk.application.training.TrainingViews.PlanSummary;
import ru.navyk.application.training.TrainingViews.PlanView;
import ru.navyk.application.training.TrainingViews.TeamNeeds;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileProgress;
import ru.navyk.domain.profile.ProfileProgress.ItemProgress;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.training.Assignee;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.CourseRepository;
import ru.navyk.domain.training.EventRepository;
import ru.navyk.domain.training.TrainingEvent;
import ru.navyk.domain.training.TrainingPeopleRepository;
import ru.navyk.domain.training.TrainingPlan;
import ru.navyk.domain.training.TrainingPlanLine;
import ru.navyk.domain.training.TrainingPlanRepository;

/**
 * Training needs (D/03.5/SK05 «выявлять потребности в обучении») and team training plans (SK06). For a team and its
 * sub-teams: everyone's progress against the current version of their position's job profile (by the one
 * {@link ProficiencyRule}, all evidence read in one query), aggregated per labor function and item — who has a gap,
 * which courses and upcoming events cover the item, and who of them has no assignment of a covering course. A plan
 * for a period is built from those needs: one line per item with a gap that something covers.
 */
@ApplicationScoped
@Transactional
public class TrainingNeedsService {

    static final String AUDIT_ENTITY = "TrainingPlan";

    @Inject
    private TrainingAccess access;

    @Inject
    private TrainingPeopleRepository trainingPeople;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private CourseRepository courses;

    @Inject
    private EventRepository events;

    @Inject
    private AssignmentService assignments;

    @Inject
    private TrainingPlanRepository plans;

    @Inject
    private CompetencyModelService model;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    public record TeamChoice(long id, String name) implements Serializable {
    }

    /** The teams whose needs and plans the caller may see. */
    public List<TeamChoice> teams() {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        Set<Long> ids = access.organisedTeams(viewer);
        return ids.stream().map(access::team).filter(Team::isActive).map(t -> new TeamChoice(t.getId(), t.getName()))
                .sorted(Comparator.comparing(TeamChoice::name)).toList();
    }

    public TeamNeeds needs(long teamId) {
        Viewer viewer = access.viewer();
        Team team = organisedTeam(viewer, teamId);
        Analysis analysis = analyse(viewer, team);
        Map<String, FunctionNeed> functions = new TreeMap<>();
        analysis.gapsByItem.forEach((code, gap) -> {
            FunctionNeed function = functions.computeIfAbsent(gap.item.getLaborFunction().getCode(),
                    lf -> new FunctionNeed(lf, analysis.functionName(lf), 0, new ArrayList<>()));
            function.items().add(itemNeed(gap, analysis));
        });
        List<FunctionNeed> result = functions.values().stream().map(f -> new FunctionNeed(f.code(), f.name(),
                (int) f.items().stream().flatMap(i -> i.withGap().stream()).map(PersonRef::id).distinct().count(),
                f.items().stream().sorted(Comparator.comparing(i -> i.item().code())).toList())).toList();
        return new TeamNeeds(team.getId(), team.getName(), analysis.people.size(), analysis.withProfile, result);
    }

    /** Creates a plan for the period from the team's current needs. */
    public long createPlan(long teamId, String title, LocalDate from, LocalDate to) {
        Viewer viewer = access.viewer();
        Team team = organisedTeam(viewer, teamId);
        TrainingPlan plan = new TrainingPlan(team, title, from, to, viewer.username(), clock.instant());
        Analysis analysis = analyse(viewer, team);
        for (Gap gap : analysis.gapsByItem.values()) {
            Course course = analysis.coverage.coursesFor(gap.item.getCode()).stream().findFirst().orElse(null);
            TrainingEvent event = analysis.coverage.eventsFor(gap.item.getCode()).stream()
                    .filter(e -> !e.getStartsAt().toLocalDate().isBefore(plan.getPeriodFrom())
                            && !e.getStartsAt().toLocalDate().isAfter(plan.getPeriodTo())).findFirst().orElse(null);
            if (course != null || event != null) {
                plan.addLine(gap.item, course, event, gap.people,
                        event == null ? plan.getPeriodTo() : event.getStartsAt().toLocalDate());
            }
        }
        plans.add(plan);
        audit.record(viewer.username(), "CREATE", AUDIT_ENTITY, plan.getId(), plan.getTitle(), new Changes()
                .created("team", team.getName()).created("period", from + " – " + to)
                .created("lines", plan.getLines().size()));
        return plan.getId();
    }

    public List<PlanSummary> plans() {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        Collection<Long> teams = access.scope(viewer).everyone() ? null : access.organisedTeams(viewer);
        return plans.findByTeams(teams).stream().map(TrainingNeedsService::summary).toList();
    }

    public PlanView plan(long id) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        TrainingPlan plan = plans.find(id).filter(p -> access.organisedTeams(viewer).contains(p.getTeam().getId()))
                .orElseThrow(() -> new NotFoundException(AUDIT_ENTITY));
        PersonScope scope = access.scope(viewer);
        return new PlanView(summary(plan), plan.getLines().stream().map(line -> new PlanLineView(line.getPosition(),
                ItemRef.of(line.getItem()), line.getCourse() == null ? null : Coverage.ref(line.getCourse()),
                line.getEvent() == null ? null : Coverage.ref(line.getEvent()),
                line.getPeople().stream().filter(p -> TrainingAccess.sees(scope, p)).map(TrainingNeedsService::ref)
                        .toList(), line.getTargetOn())).toList());
    }

    private Team organisedTeam(Viewer viewer, long teamId) {
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        if (!access.organisedTeams(viewer).contains(teamId)) {
            throw new NotFoundException("Team");
        }
        return access.team(teamId);
    }

    /** People with a gap on one item. */
    private static final class Gap {
        final CompetencyItem item;
        final List<Person> people = new ArrayList<>();

        Gap(CompetencyItem item) {
            this.item = item;
        }
    }

    private final class Analysis {
        List<Person> people;
        int withProfile;
        final Map<String, Gap> gapsByItem = new TreeMap<>();
        Coverage coverage;
        Map<Long, List<Assignee>> assigned;
        ModelSnapshot snapshot;

        String functionName(String code) {
            return snapshot == null ? code : snapshot.laborFunction(code).map(ModelSnapshot.LaborFunctionView::name)
                    .orElse(code);
        }
    }

    private Analysis analyse(Viewer viewer, Team team) {
        PersonScope scope = access.scope(viewer);
        Analysis analysis = new Analysis();
        analysis.people = trainingPeople.currentMembersOf(access.withSubTeams(team.getId())).stream()
                .filter(p -> TrainingAccess.sees(scope, p)).toList();
        List<Long> ids = analysis.people.stream().map(Person::getId).toList();
        Map<Long, List<Evidence>> byPerson = evidence.findByPeople(ids).stream()
                .collect(Collectors.groupingBy(Evidence::getPersonId));
        LocalDate today = LocalDate.now(clock);
        Map<Long, CompetencyItem> itemsById = new HashMap<>();
        for (Person person : analysis.people) {
            Optional<JobProfileVersion> profile = person.currentPosition().map(PositionAssignment::getJobProfile)
                    .flatMap(JobProfile::current);
            if (profile.isEmpty()) {
                continue;
            }
            analysis.withProfile++;
            profile.get().getRequirements().forEach(r -> itemsById.putIfAbsent(r.getItem().getId(), r.getItem()));
            ProfileProgress progress = ProfileProgress.of(profile.get(),
                    ProficiencyRule.standings(byPerson.getOrDefault(person.getId(), List.of()), today));
            progress.functions().stream().flatMap(f -> f.items().stream()).filter(i -> !i.met())
                    .forEach((ItemProgress i) -> analysis.gapsByItem.computeIfAbsent(i.code(),
                            code -> new Gap(itemsById.get(i.itemId()))).people.add(person));
        }
        analysis.coverage = new Coverage(courses.findAll(), events.search(Coverage.upcomingFrom(clock), 0, 500));
        analysis.assigned = assignments.assigneesOf(ids);
        analysis.snapshot = model.current().orElse(null);
        return analysis;
    }

    private static ItemNeed itemNeed(Gap gap, Analysis analysis) {
        List<Course> covering = analysis.coverage.coursesFor(gap.item.getCode());
        Set<Long> coveringIds = covering.stream().map(Course::getId).collect(Collectors.toSet());
        List<PersonRef> uncovered = gap.people.stream().filter(p -> analysis.assigned.getOrDefault(p.getId(),
                        List.of()).stream().noneMatch(a -> coveringIds.contains(a.getAssignment().getCourse().getId())))
                .map(TrainingNeedsService::ref).toList();
        return new ItemNeed(ItemRef.of(gap.item), gap.people.stream().map(TrainingNeedsService::ref).toList(),
                covering.stream().map(Coverage::ref).toList(), analysis.coverage.eventRefs(gap.item.getCode()),
                uncovered);
    }

    private static PersonRef ref(Person person) {
        return new PersonRef(person.getId(), person.getFullName(), TrainingAccess.teamName(person));
    }

    private static PlanSummary summary(TrainingPlan plan) {
        return new PlanSummary(plan.getId(), plan.getTeam().getId(), plan.getTeam().getName(), plan.getTitle(),
                plan.getPeriodFrom(), plan.getPeriodTo(), plan.getLines().size(), plan.getCreatedAt(),
                plan.getCreatedBy());
    }
}
