package ru.navyk.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.application.audit.AuditService;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.training.AssignmentRepository;
import ru.navyk.domain.training.AssignmentTarget;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.CourseProgress;
import ru.navyk.domain.training.CourseRepository;
import ru.navyk.domain.training.CourseVersion;
import ru.navyk.domain.training.EventKind;
import ru.navyk.domain.training.EventRepository;
import ru.navyk.domain.training.LearningRepository;
import ru.navyk.domain.training.QuestionOrder;
import ru.navyk.domain.training.TestAttempt;
import ru.navyk.domain.training.TestOption;
import ru.navyk.domain.training.TestQuestion;
import ru.navyk.domain.training.TrainingAssignment;
import ru.navyk.domain.training.TrainingEvent;
import ru.navyk.domain.training.TrainingPeopleRepository;

/**
 * Training data for the demo centre, added once after the demo organisation and the shipped courses: Группа 1 has the
 * active-listening course assigned by its supervisor (two operators have passed it, with their evidence), operators
 * have the information-security course assigned by HR, and a classroom practicum on complaints is scheduled next
 * week with three people registered. The complaints course is left untouched for a first try of the journey.
 */
@ApplicationScoped
public class DemoTrainingLoader {

    static final String LISTENING = "active-listening";
    static final String SECURITY = "information-security";
    static final String COMPLAINTS = "complaints";

    @Inject
    private AssignmentRepository assignments;

    @Inject
    private CourseRepository courses;

    @Inject
    private LearningRepository learning;

    @Inject
    private EventRepository events;

    @Inject
    private AccountRepository accounts;

    @Inject
    private TeamRepository teams;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private TrainingPeopleRepository trainingPeople;

    @Inject
    private EvidenceRecorder recorder;

    @Inject
    private Clock clock;

    /** @return whether anything was added (nothing when training data exists or the demo centre is missing) */
    @Transactional
    public boolean loadOnce() {
        Optional<Person> supervisor = person(DemoAccounts.SUPERVISOR);
        Optional<Team> group1 = teams.findActiveByName(DemoCentre.GROUP_1);
        Optional<Course> listening = courses.findBySlug(LISTENING);
        Optional<Course> security = courses.findBySlug(SECURITY);
        Optional<Course> complaints = courses.findBySlug(COMPLAINTS);
        if (assignments.count(PersonScope.EVERYONE) > 0 || supervisor.isEmpty() || group1.isEmpty()
                || listening.isEmpty() || security.isEmpty() || complaints.isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Person> group = trainingPeople.currentMembersOf(Set.of(group1.get().getId()));
        TrainingAssignment teamAssignment = new TrainingAssignment(listening.get(), AssignmentTarget.TEAM,
                group1.get().getName(), group1.get().getId(), today.plusDays(14), "Перед запуском новой линии",
                DemoAccounts.SUPERVISOR, supervisor.get(), now.minus(5, ChronoUnit.DAYS), group);
        assignments.add(teamAssignment);
        List<Person> passers = group.stream().filter(p -> !isDocumented(p)).limit(2).toList();
        for (Person person : passers) {
            TestAttempt passed = pass(person, listening.get().current(), now.minus(2, ChronoUnit.DAYS));
            teamAssignment.getAssignees().stream().filter(a -> a.getPerson().getId().equals(person.getId()))
                    .forEach(a -> a.complete(today.minusDays(2), passed.getId()));
        }
        profiles.findByCode("operator").ifPresent(operator -> {
            List<Person> operators = trainingPeople.currentHoldersOf(operator.getId());
            if (!operators.isEmpty()) {
                assignments.add(new TrainingAssignment(security.get(), AssignmentTarget.JOB_PROFILE,
                        operator.current().map(CourseVersionTitle::of).orElse("operator"), operator.getId(),
                        today.plusDays(30), "Ежегодное подтверждение знаний", DemoAccounts.HR,
                        person(DemoAccounts.HR).orElse(null), now.minus(1, ChronoUnit.DAYS), operators));
            }
        });
        person(DemoAccounts.MENTOR).ifPresent(mentor -> {
            TrainingEvent practicum = new TrainingEvent(new TrainingEvent.Details(EventKind.CLASSROOM,
                    "Практикум: сложные жалобы и претензии",
                    "Разбор записей реальных обращений, ролевые игры по алгоритму работы с жалобой.",
                    LocalDateTime.of(today.plusDays(7), java.time.LocalTime.of(10, 0)), 180,
                    "Учебный класс, 3 этаж", 8, "Операторы Группы 1 и Группы 2", Proficiency.WITH_HELP), mentor,
                    complaints.get().current().getItems().stream().filter(i -> i.getCode().startsWith("A/04.3/LA0"))
                            .limit(3).toList(), DemoAccounts.SUPERVISOR, now);
            group.stream().filter(p -> !isDocumented(p)).limit(3).forEach(p -> practicum.register(p,
                    DemoAccounts.SUPERVISOR, now, LocalDateTime.now(clock)));
            events.add(practicum);
        });
        return true;
    }

    /** A passed attempt (every answer correct) with its progress and evidence, as if the person took the test. */
    private TestAttempt pass(Person person, CourseVersion version, Instant at) {
        CourseProgress progress = new CourseProgress(person, version, at.minus(1, ChronoUnit.DAYS));
        version.getLessons().forEach(l -> progress.read(l.getPosition()));
        learning.add(progress);
        TestAttempt attempt = new TestAttempt(person, version, 1, QuestionOrder.of(version.getQuestions(), true,
                new Random(person.getId())), at);
        learning.add(attempt);
        Map<Long, Set<Long>> correct = version.getQuestions().stream().collect(Collectors.toMap(TestQuestion::getId,
                q -> q.getOptions().stream().filter(TestOption::isCorrect).map(TestOption::getId)
                        .collect(Collectors.toSet())));
        attempt.submit(correct, at.plusSeconds(600));
        progress.complete(attempt);
        Map<CompetencyItem, Proficiency> ratings = new LinkedHashMap<>();
        version.getItems().forEach(item -> ratings.put(item, version.getProficiencyOnPass()));
        recorder.record(AuditService.SYSTEM, person, EvidenceSource.COURSE_TEST, attempt.getId(),
                EvidenceRecorder.Rater.test(version.getTitle()), LocalDate.ofInstant(at, clock.getZone()), ratings,
                new Evidence.TestResult(attempt.getScore(), attempt.getNumber()), null);
        return attempt;
    }

    private Optional<Person> person(String username) {
        return accounts.findByUsername(username).map(Account::getPerson);
    }

    /** The documented demo accounts keep a clean slate for trying the journeys. */
    private boolean isDocumented(Person person) {
        return accounts.findByPerson(person.getId()).map(a -> DemoAccounts.DOCUMENTED.stream()
                .anyMatch(d -> d.username().equals(a.getUsername()))).orElse(false);
    }

    /** The title of a job profile version, for an assignment's label. */
    private static final class CourseVersionTitle {
        static String of(ru.navyk.domain.profile.JobProfileVersion version) {
            return version.getTitle();
        }
    }
}
