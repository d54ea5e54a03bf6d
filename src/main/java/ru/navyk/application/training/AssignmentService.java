package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.training.TrainingViews.AssigneeRow;
import ru.navyk.application.training.TrainingViews.AssignmentReport;
import ru.navyk.application.training.TrainingViews.AssignmentSummary;
import ru.navyk.application.training.TrainingViews.CourseProgressRow;
import ru.navyk.application.training.TrainingViews.MyAssignment;
import ru.navyk.application.training.TrainingViews.MyTraining;
import ru.navyk.application.training.TrainingViews.Page;
import ru.navyk.application.training.TrainingViews.ReminderView;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.Assignee;
import ru.navyk.domain.training.AssigneeStatus;
import ru.navyk.domain.training.AssignmentRepository;
import ru.navyk.domain.training.AssignmentTarget;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.CourseProgress;
import ru.navyk.domain.training.LearningRepository;
import ru.navyk.domain.training.ReminderKind;
import ru.navyk.domain.training.TestAttempt;
import ru.navyk.domain.training.TrainingAssignment;
import ru.navyk.domain.training.TrainingPeopleRepository;
import ru.navyk.domain.training.TrainingReminder;

/**
 * Assigning courses (D/03.5/LA11): to a job profile, a team with its sub-teams, named people, or as a step of an
 * adaptation plan or an activity of a development plan, with a due date. HR and administrators assign to anyone; a
 * manager only to the people they may see — for a team or a profile, the people outside their scope are left out;
 * a named person outside it is "not found". Reports list only the people the viewer may see.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {

    static final String AUDIT_ENTITY = "TrainingAssignment";
    private static final int MAX_REMINDERS_SHOWN = 20;

    @Inject
    private TrainingAccess access;

    @Inject
    private CourseCatalogService catalogue;

    @Inject
    private AssignmentRepository assignments;

    @Inject
    private LearningRepository learning;

    @Inject
    private TrainingPeopleRepository trainingPeople;

    @Inject
    private PersonRepository people;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private EventService events;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** What the assignment form holds; which of team, profile or people is read depends on the target. */
    public record AssignmentForm(String courseSlug, AssignmentTarget target, Long teamId, Long jobProfileId,
                                 Collection<Long> personIds, LocalDate dueOn, String note) {
    }

    public long assign(AssignmentForm form) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        if (form.target() == null) {
            throw new RuleViolationException("target", "rule.required");
        }
        Course course = catalogue.course(form.courseSlug(), viewer);
        checkDue(form.dueOn());
        if (form.note() != null && form.note().strip().length() > Lengths.NOTE) {
            throw new RuleViolationException("note", "rule.training.tooLong", Lengths.NOTE);
        }
        PersonScope scope = access.scope(viewer);
        List<Person> chosen;
        String label;
        Long ref;
        switch (form.target()) {
            case TEAM -> {
                if (form.teamId() == null) {
                    throw new RuleViolationException("teamId", "rule.required");
                }
                Team team = access.team(form.teamId());
                if (!scope.everyone() && !scope.teamIds().contains(team.getId())) {
                    throw new NotFoundException("Team");
                }
                chosen = trainingPeople.currentMembersOf(access.withSubTeams(team.getId()));
                label = team.getName();
                ref = team.getId();
            }
            case JOB_PROFILE -> {
                if (form.jobProfileId() == null) {
                    throw new RuleViolationException("jobProfileId", "rule.required");
                }
                JobProfile profile = profiles.find(form.jobProfileId())
                        .orElseThrow(() -> new NotFoundException("JobProfile"));
                chosen = trainingPeople.currentHoldersOf(profile.getId());
                label = profile.current().map(v -> v.getTitle()).orElse(profile.getCode());
                ref = profile.getId();
            }
            case PEOPLE -> {
                if (form.personIds() == null || form.personIds().isEmpty()) {
                    throw new RuleViolationException("personIds", "rule.required");
                }
                chosen = form.personIds().stream().distinct().map(id -> access.visiblePerson(viewer, id)).toList();
                label = chosen.stream().map(Person::getFullName).collect(Collectors.joining(", "));
                ref = null;
            }
            default -> throw new RuleViolationException("target", "rule.training.planTargetViaPlan");
        }
        List<Person> inScope = chosen.stream().filter(Person::isActive).filter(p -> TrainingAccess.sees(scope, p))
                .toList();
        return store(viewer, course, form.target(), label, ref, form.dueOn(), form.note(), inScope);
    }

    /**
     * A course as a step of a trainee's adaptation plan or an activity of a development plan: one person, with the
     * plan's id as reference. The caller must be allowed to see the person.
     */
    public long assignForPlan(long personId, String courseSlug, LocalDate dueOn, AssignmentTarget origin,
                              long originId, String planLabel) {
        Viewer viewer = access.viewer();
        if (origin != AssignmentTarget.ADAPTATION_STEP && origin != AssignmentTarget.DEVELOPMENT_ACTIVITY) {
            throw new IllegalArgumentException("a plan assignment comes from an adaptation or development plan");
        }
        access.requireAny(viewer, Role.ADMIN, Role.HR, Role.MANAGER, Role.MENTOR);
        Person person = access.visiblePerson(viewer, personId);
        Course course = catalogue.course(courseSlug, viewer);
        checkDue(dueOn);
        return store(viewer, course, origin, planLabel, originId, dueOn, null, List.of(person));
    }

    private long store(Viewer viewer, Course course, AssignmentTarget target, String label, Long ref, LocalDate dueOn,
                       String note, List<Person> assigned) {
        Person creator = viewer.personId() == null ? null : people.find(viewer.personId()).orElse(null);
        TrainingAssignment assignment = new TrainingAssignment(course, target, label, ref, dueOn, note,
                viewer.username(), creator, clock.instant(), assigned);
        // People who passed the course before it was assigned to them have completed it already.
        Map<Long, CourseProgress> done = learning.findProgressOf(assigned.stream().map(Person::getId).toList())
                .stream().filter(p -> p.getCourse().getId().equals(course.getId()) && p.isCompleted())
                .collect(Collectors.toMap(p -> p.getPerson().getId(), p -> p));
        assignment.getAssignees().forEach(a -> {
            CourseProgress progress = done.get(a.getPerson().getId());
            if (progress != null) {
                a.complete(LocalDate.ofInstant(progress.getCompletedAt(), clock.getZone()),
                        progress.getPassedAttemptId());
            }
        });
        assignments.add(assignment);
        audit.record(viewer.username(), "CREATE", AUDIT_ENTITY, assignment.getId(), course.current().getTitle(),
                new Changes().created("target", target + ": " + label).created("dueOn", dueOn)
                        .created("people", assigned.size()));
        return assignment.getId();
    }

    private void checkDue(LocalDate dueOn) {
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("dueOn", "rule.training.dueInPast");
        }
    }

    /** Assignments with someone the viewer may see, newest first. */
    public Page<AssignmentSummary> list(int first, int max) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        PersonScope scope = access.scope(viewer);
        List<TrainingAssignment> page = assignments.search(scope, first, Math.min(max, 200));
        Set<String> started = startedKeys(page.stream().flatMap(a -> a.getAssignees().stream())
                .map(a -> a.getPerson().getId()).collect(Collectors.toSet()));
        return new Page<>(page.stream().map(a -> summary(a, scope, started)).toList(), assignments.count(scope));
    }

    /** Who completed, who is in progress, who is late — for the people of the assignment the viewer may see. */
    public AssignmentReport report(long id) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        PersonScope scope = access.scope(viewer);
        TrainingAssignment assignment = assignments.find(id)
                .filter(a -> a.getAssignees().stream().anyMatch(s -> TrainingAccess.sees(scope, s.getPerson())))
                .orElseThrow(() -> new NotFoundException(AUDIT_ENTITY));
        List<Assignee> visible = assignment.getAssignees().stream()
                .filter(s -> TrainingAccess.sees(scope, s.getPerson())).toList();
        Set<String> started = startedKeys(visible.stream().map(s -> s.getPerson().getId()).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<AssigneeRow> rows = visible.stream().map(s -> {
            List<TestAttempt> attempts = learning.findAttemptsOf(s.getPerson().getId()).stream()
                    .filter(t -> t.getCourseVersion().getCourse().getId().equals(assignment.getCourse().getId()))
                    .toList();
            Integer best = attempts.stream().map(TestAttempt::getScore).filter(java.util.Objects::nonNull)
                    .max(Integer::compare).orElse(null);
            return new AssigneeRow(s.getPerson().getId(), s.getPerson().getFullName(),
                    TrainingAccess.teamName(s.getPerson()), status(s, started, today), s.getCompletedOn(), best,
                    attempts.size());
        }).sorted(Comparator.comparing(AssigneeRow::fullName)).toList();
        return new AssignmentReport(summary(assignment, scope, started), assignment.getNote(), rows);
    }

    /** The caller's own training page. */
    public MyTraining mine() {
        Viewer viewer = access.viewer();
        if (viewer.personId() == null) {
            return new MyTraining(List.of(), List.of(), List.of(), List.of());
        }
        long self = viewer.personId();
        LocalDate today = LocalDate.now(clock);
        Set<String> started = startedKeys(Set.of(self));
        Map<Long, MyAssignment> byCourse = new LinkedHashMap<>();
        for (Assignee assignee : assignments.findAssigneesOf(self)) {
            TrainingAssignment a = assignee.getAssignment();
            MyAssignment row = new MyAssignment(a.getId(), a.getCourse().getSlug(), a.getCourse().current().getTitle(),
                    a.getDueOn(), status(assignee, started, today), assignee.getCompletedOn());
            byCourse.merge(a.getCourse().getId(), row, AssignmentService::moreUrgent);
        }
        List<CourseProgressRow> courses = learning.findProgressOf(self).stream()
                .map(p -> new CourseProgressRow(p.getCourse().getSlug(), p.getCourseVersion().getTitle(),
                        p.percentRead(), p.isCompleted(), p.getCompletedAt(), p.getPassedAttemptId())).toList();
        List<ReminderView> reminders = assignments.findRemindersOf(self, MAX_REMINDERS_SHOWN).stream()
                .filter(r -> r.getAssignee().getCompletedOn() == null)
                .map(r -> new ReminderView(r.getKind(), r.getAssignee().getAssignment().getCourse().getSlug(),
                        r.getAssignee().getAssignment().getCourse().current().getTitle(), r.getDueOn(),
                        r.getCreatedAt())).toList();
        return new MyTraining(List.copyOf(byCourse.values()), courses, reminders, events.mine());
    }

    /** Marks the person's open assignments of the course completed by a passed attempt. */
    void complete(Person person, Course course, TestAttempt passed, LocalDate on) {
        assignments.findAssigneesOf(person.getId()).stream()
                .filter(a -> a.getAssignment().getCourse().getId().equals(course.getId()))
                .forEach(a -> a.complete(on, passed.getId()));
    }

    /**
     * Writes the reminders due today: «скоро срок» up to {@value TrainingReminder#DUE_SOON_DAYS} days before the due
     * date and «просрочено» after it, each once per assignee (running twice writes nothing twice). Runs without a
     * caller (a timer).
     *
     * @return how many reminders were written
     */
    public int sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        for (Assignee assignee : assignments.findOpenDueBy(today.plusDays(TrainingReminder.DUE_SOON_DAYS))) {
            ReminderKind kind = TrainingReminder.dueFor(assignee.getAssignment().getDueOn(), today).orElse(null);
            if (kind != null && !assignments.hasReminder(assignee.getId(), kind)) {
                assignments.add(new TrainingReminder(assignee, kind, clock.instant()));
                written++;
            }
        }
        return written;
    }

    /** {@link #sendDueReminders()} on an administrator's request (the API), rather than the timer's. */
    public int runReminders() {
        access.requireAny(access.viewer(), Role.ADMIN);
        return sendDueReminders();
    }

    private AssignmentSummary summary(TrainingAssignment a, PersonScope scope, Set<String> started) {
        LocalDate today = LocalDate.now(clock);
        List<AssigneeStatus> statuses = a.getAssignees().stream().filter(s -> TrainingAccess.sees(scope, s.getPerson()))
                .map(s -> status(s, started, today)).toList();
        return new AssignmentSummary(a.getId(), a.getCourse().getSlug(), a.getCourse().current().getTitle(),
                a.getTargetKind(), a.getTargetLabel(), a.getDueOn(), a.getCreatedAt(), a.getCreatedBy(),
                statuses.size(), (int) statuses.stream().filter(s -> s == AssigneeStatus.COMPLETED).count(),
                (int) statuses.stream().filter(s -> s == AssigneeStatus.OVERDUE).count());
    }

    private static AssigneeStatus status(Assignee assignee, Set<String> started, LocalDate today) {
        return AssigneeStatus.of(assignee.getCompletedOn() != null,
                started.contains(key(assignee.getPerson().getId(), assignee.getAssignment().getCourse().getId())),
                assignee.getAssignment().getDueOn(), today);
    }

    /** «person:course» of everyone who has started a course, in one query. */
    private Set<String> startedKeys(Set<Long> personIds) {
        return learning.findProgressOf(personIds).stream()
                .map(p -> key(p.getPerson().getId(), p.getCourse().getId())).collect(Collectors.toSet());
    }

    private static String key(long personId, long courseId) {
        return personId + ":" + courseId;
    }

    private static MyAssignment moreUrgent(MyAssignment a, MyAssignment b) {
        if (a.dueOn() == null) {
            return b;
        }
        return b.dueOn() != null && b.dueOn().isBefore(a.dueOn()) ? b : a;
    }

    /** Assignee rows of these people, grouped by person id (for the training needs view). */
    Map<Long, List<Assignee>> assigneesOf(Collection<Long> personIds) {
        Map<Long, List<Assignee>> byPerson = new HashMap<>();
        for (Assignee a : assignments.findAssigneesOf(personIds)) {
            byPerson.computeIfAbsent(a.getPerson().getId(), k -> new ArrayList<>()).add(a);
        }
        return byPerson;
    }
}
