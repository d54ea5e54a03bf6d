package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.training.CertificateWriter.Certificate;
import ru.navyk.application.training.TrainingViews.AttemptResult;
import ru.navyk.application.training.TrainingViews.AttemptSheet;
import ru.navyk.application.training.TrainingViews.AttemptSummary;
import ru.navyk.application.training.TrainingViews.ResultOption;
import ru.navyk.application.training.TrainingViews.ResultQuestion;
import ru.navyk.application.training.TrainingViews.SheetOption;
import ru.navyk.application.training.TrainingViews.SheetQuestion;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.AttemptRules;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.CourseProgress;
import ru.navyk.domain.training.CourseVersion;
import ru.navyk.domain.training.LearningRepository;
import ru.navyk.domain.training.QuestionOrder;
import ru.navyk.domain.training.TestAttempt;
import ru.navyk.domain.training.TestOption;
import ru.navyk.domain.training.TestQuestion;
import ru.navyk.domain.training.TestScoring;

/**
 * Taking a course's test. Only the learner themselves starts, sees and submits their attempt; the question order is
 * drawn on the server and stored, the answer key stays on the server until submission, the time limit and the number
 * of attempts are enforced here. A pass completes the course, completes the learner's assignments of it, records
 * evidence on the course's items at the course's proficiency (never lowering a higher rating), and,
 * for courses that count as upskilling, a training record. Submitted attempts may be read by whoever may see the
 * person (the learner, their managers, HR).
 */
@ApplicationScoped
@Transactional
public class LearningService {

    static final String AUDIT_ENTITY = "TestAttempt";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private TrainingAccess access;

    @Inject
    private CourseCatalogService catalogue;

    @Inject
    private LearningRepository learning;

    @Inject
    private AssignmentService assignments;

    @Inject
    private EvidenceRecorder recorder;


    @Inject
    private CertificateWriter certificates;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Starts the next attempt at the course's test for the caller, or returns the one still running. The attempt is
     * on the version the learner reads; once its attempts are used up without a pass, a newer version (if any) gives
     * a fresh start.
     */
    public long start(String slug) {
        Viewer viewer = access.viewer();
        Person self = access.self(viewer);
        Course course = catalogue.course(slug, viewer);
        CourseProgress progress = learning.findProgress(self.getId(), course.getId()).orElseGet(() -> {
            CourseProgress started = new CourseProgress(self, course.current(), clock.instant());
            learning.add(started);
            return started;
        });
        CourseVersion version = progress.getCourseVersion();
        List<TestAttempt> earlier = expired(learning.findAttempts(self.getId(), version.getId()));
        if (AttemptRules.attemptsLeft(earlier, version.getSettings()) == 0 && !progress.isCompleted()
                && course.current().getNumber() > version.getNumber()) {
            progress.moveTo(course.current());
            version = course.current();
            earlier = learning.findAttempts(self.getId(), version.getId());
        }
        Optional<TestAttempt> running = AttemptRules.resumable(earlier, clock.instant());
        if (running.isPresent()) {
            return running.get().getId();
        }
        int number = AttemptRules.nextNumber(earlier, version.getSettings());
        TestAttempt attempt = new TestAttempt(self, version, number,
                QuestionOrder.of(version.getQuestions(), version.getSettings().shuffle(), RANDOM), clock.instant());
        learning.add(attempt);
        audit.record(viewer.username(), "CREATE", AUDIT_ENTITY, attempt.getId(), version.getTitle(),
                new Changes().created("number", number).created("courseVersion", version.getNumber()));
        return attempt.getId();
    }

    /** The running attempt's questions for its owner, in its order, without the answer key. */
    public AttemptSheet sheet(long attemptId) {
        TestAttempt attempt = own(attemptId);
        attempt.expire(clock.instant());
        if (attempt.isClosed()) {
            throw new RuleViolationException(null, "rule.training.attemptClosed");
        }
        Map<Long, TestQuestion> questions = byId(attempt.getCourseVersion());
        List<SheetQuestion> sheet = new ArrayList<>();
        int number = 1;
        for (Map.Entry<Long, List<Long>> entry : attempt.order().optionsByQuestion().entrySet()) {
            TestQuestion question = questions.get(entry.getKey());
            Map<Long, TestOption> options = question.getOptions().stream()
                    .collect(Collectors.toMap(TestOption::getId, Function.identity()));
            sheet.add(new SheetQuestion(question.getId(), number++, question.getKind(), question.getText(),
                    entry.getValue().stream().map(options::get)
                            .map(o -> new SheetOption(o.getId(), o.getText())).toList()));
        }
        long secondsLeft = attempt.getDeadlineAt() == null ? -1
                : Math.max(0, Duration.between(clock.instant(), attempt.getDeadlineAt()).toSeconds());
        return new AttemptSheet(CourseCatalogService.summary(attempt), attempt.getCourseVersion().getSettings()
                .passMark(), secondsLeft, sheet);
    }

    /**
     * Scores the owner's answers (question id → chosen option ids). A second submission, or one after the time is
     * up, is refused; the stored attempt's version makes a double submission from two tabs fail as a concurrent edit.
     */
    public AttemptResult submit(long attemptId, Map<Long, Set<Long>> answers) {
        Viewer viewer = access.viewer();
        own(attemptId);
        TestAttempt attempt = learning.findAttemptForUpdate(attemptId).orElseThrow();
        TestScoring.Result result = attempt.submit(answers, clock.instant());
        audit.record(viewer.username(), "SUBMIT", AUDIT_ENTITY, attempt.getId(),
                attempt.getCourseVersion().getTitle(), new Changes().created("score", result.score())
                        .created("passed", result.passed()));
        if (result.passed()) {
            completed(viewer, attempt);
        }
        return resultOf(attempt);
    }

    /** A submitted attempt with its explanations, for whoever may see the person. */
    public AttemptResult result(long attemptId) {
        TestAttempt attempt = visible(attemptId);
        attempt.expire(clock.instant());
        if (!attempt.isClosed()) {
            throw new RuleViolationException(null, "rule.training.attemptOpen");
        }
        return resultOf(attempt);
    }

    /** Any attempt's summary, for whoever may see the person. */
    public AttemptSummary attempt(long attemptId) {
        return CourseCatalogService.summary(visible(attemptId));
    }

    /** A person's attempts at every course, newest first, for whoever may see the person. */
    public List<AttemptSummary> attemptsOf(long personId) {
        access.visiblePerson(access.viewer(), personId);
        return learning.findAttemptsOf(personId).stream().map(CourseCatalogService::summary).toList();
    }

    /** The completion certificate of a passed attempt, as PDF, worded in {@code locale}'s language. */
    public byte[] certificate(long attemptId, Locale locale) {
        TestAttempt attempt = visible(attemptId);
        if (!attempt.isPassed()) {
            throw new NotFoundException("Certificate");
        }
        CourseVersion version = attempt.getCourseVersion();
        return certificates.write(new Certificate(attempt.getPerson().getId() + "-" + attempt.getId(),
                attempt.getPerson().getFullName(), version.getTitle(), version.getNumber(),
                LocalDate.ofInstant(attempt.getSubmittedAt(), clock.getZone()), attempt.getScore(), version.getHours(),
                version.getItems().stream().map(i -> i.getCode() + " — " + i.getText()).toList(), locale));
    }

    private void completed(Viewer viewer, TestAttempt attempt) {
        Person person = attempt.getPerson();
        CourseVersion version = attempt.getCourseVersion();
        LocalDate today = LocalDate.ofInstant(attempt.getSubmittedAt(), clock.getZone());
        learning.findProgress(person.getId(), version.getCourse().getId()).ifPresent(p -> p.complete(attempt));
        assignments.complete(person, version.getCourse(), attempt, today);
        // A pass is evidence on the items the course develops, at the course's proficiency, as a test confirms: an
        // item the person already stands higher on (a mentor's or manager's observation) is not lowered by it.
        Map<CompetencyItem, Proficiency> ratings = new LinkedHashMap<>();
        for (CompetencyItem item : version.getItems()) {
            ratings.put(item, version.getProficiencyOnPass());
        }
        recorder.confirmByTest(viewer.username(), person, EvidenceSource.COURSE_TEST, attempt.getId(),
                version.getTitle(), today, ratings, new Evidence.TestResult(attempt.getScore(), attempt.getNumber()),
                null);
        if (version.isCountsAsUpskilling()) {
            person.recordTraining(TrainingKind.UPSKILLING, version.getTitle(), today, version.getHours());
            audit.record(viewer.username(), "UPDATE", "Person", person.getId(), person.getFullName(),
                    new Changes().created("training", TrainingKind.UPSKILLING + ": " + version.getTitle()
                            + " (" + today + ")"));
        }
    }

    private AttemptResult resultOf(TestAttempt attempt) {
        CourseVersion version = attempt.getCourseVersion();
        TestScoring.Result result = attempt.result();
        Map<Long, TestQuestion> questions = byId(version);
        List<ResultQuestion> rows = new ArrayList<>();
        int number = 1;
        for (Map.Entry<Long, List<Long>> entry : attempt.order().optionsByQuestion().entrySet()) {
            TestQuestion question = questions.get(entry.getKey());
            TestScoring.QuestionResult scored = result.questions().get(question.getId());
            Map<Long, TestOption> options = question.getOptions().stream()
                    .collect(Collectors.toMap(TestOption::getId, Function.identity()));
            rows.add(new ResultQuestion(question.getId(), number++, question.getKind(), question.getText(),
                    question.getExplanation(), scored.correct(), entry.getValue().stream().map(options::get)
                    .map(o -> new ResultOption(o.getId(), o.getText(), scored.chosen().contains(o.getId()),
                            o.isCorrect())).toList()));
        }
        return new AttemptResult(CourseCatalogService.summary(attempt), version.getSettings().passMark(),
                rows.stream().filter(ResultQuestion::correct).count(), rows.size(), rows, attempt.isPassed());
    }

    private List<TestAttempt> expired(List<TestAttempt> attempts) {
        attempts.forEach(a -> a.expire(clock.instant()));
        return attempts;
    }

    private static Map<Long, TestQuestion> byId(CourseVersion version) {
        return version.getQuestions().stream().collect(Collectors.toMap(TestQuestion::getId, Function.identity()));
    }

    /** The caller's own attempt; anyone else's is "not found", even for their manager. */
    private TestAttempt own(long attemptId) {
        Viewer viewer = access.viewer();
        return learning.findAttempt(attemptId).filter(a -> viewer.isSelf(a.getPerson().getId()))
                .orElseThrow(() -> new NotFoundException(AUDIT_ENTITY));
    }

    private TestAttempt visible(long attemptId) {
        Viewer viewer = access.viewer();
        TestAttempt attempt = learning.findAttempt(attemptId).orElseThrow(() -> new NotFoundException(AUDIT_ENTITY));
        try {
            access.visiblePerson(viewer, attempt.getPerson().getId());
        } catch (NotFoundException e) {
            throw new NotFoundException(AUDIT_ENTITY);
        }
        return attempt;
    }
}
