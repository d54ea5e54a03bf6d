package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.training.TrainingViews.AttemptSummary;
import ru.navyk.application.training.TrainingViews.CourseDraft;
import ru.navyk.application.training.TrainingViews.CourseSummary;
import ru.navyk.application.training.TrainingViews.CourseView;
import ru.navyk.application.training.TrainingViews.ItemRef;
import ru.navyk.application.training.TrainingViews.LessonDraft;
import ru.navyk.application.training.TrainingViews.LessonRef;
import ru.navyk.application.training.TrainingViews.LessonView;
import ru.navyk.application.training.TrainingViews.QuestionDraft;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.AttemptRules;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.CourseContent;
import ru.navyk.domain.training.CourseImportAttempt;
import ru.navyk.domain.training.CourseLesson;
import ru.navyk.domain.training.CourseProgress;
import ru.navyk.domain.training.CourseRepository;
import ru.navyk.domain.training.CourseVersion;
import ru.navyk.domain.training.LearningRepository;
import ru.navyk.domain.training.QuestionKind;
import ru.navyk.domain.training.TestAttempt;
import ru.navyk.domain.training.TestQuestion;
import ru.navyk.infrastructure.content.MarkdownRenderer;

/**
 * The course catalogue (every signed-in user may browse and read it), a learner's reading of lessons (progress saved,
 * resumable), and the portal's course editor (HR, administrators and managers), which saves a new version.
 */
@ApplicationScoped
@Transactional
public class CourseCatalogService {

    @Inject
    private TrainingAccess access;

    @Inject
    private CourseRepository courses;

    @Inject
    private LearningRepository learning;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** Catalogue filters; any may be blank. */
    public record CatalogueQuery(String text, String laborFunctionCode, Integer level, String itemCode) {
    }

    /** The active courses matching every filter given, by title. */
    public List<CourseSummary> search(CatalogueQuery query) {
        access.viewer();
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return courses.findAll().stream().filter(Course::isActive).map(Course::current)
                .filter(v -> text.isEmpty() || searchable(v).contains(text))
                .filter(v -> blank(query.laborFunctionCode()) || v.getItems().stream()
                        .anyMatch(i -> i.getLaborFunction().getCode().equals(query.laborFunctionCode())))
                .filter(v -> query.level() == null || query.level().equals(v.getLevel()))
                .filter(v -> blank(query.itemCode()) || v.getItems().stream()
                        .anyMatch(i -> i.getCode().equals(query.itemCode().strip())))
                .map(CourseCatalogService::summary)
                .sorted(Comparator.comparing(CourseSummary::title)).toList();
    }

    /** The course as the viewer sees it: the version they are reading, or the current one, and their standing. */
    public CourseView course(String slug) {
        Viewer viewer = access.viewer();
        Course course = course(slug, viewer);
        Optional<CourseProgress> progress = viewer.personId() == null ? Optional.empty()
                : learning.findProgress(viewer.personId(), course.getId());
        CourseVersion shown = progress.map(CourseProgress::getCourseVersion).orElse(course.current());
        List<TestAttempt> attempts = viewer.personId() == null ? List.of()
                : learning.findAttempts(viewer.personId(), shown.getId());
        attempts.forEach(a -> a.expire(clock.instant()));
        List<Integer> read = progress.map(p -> List.copyOf(p.getLessonsRead())).orElse(List.of());
        List<LessonRef> lessons = shown.getLessons().stream().map(l -> new LessonRef(l.getPosition(), l.getTitle(),
                l.getItems().stream().map(ItemRef::of).toList(), read.contains(l.getPosition()))).toList();
        Long open = AttemptRules.resumable(attempts, clock.instant()).map(TestAttempt::getId).orElse(null);
        return new CourseView(summary(course.current()), shown.getNumber(), lessons, shown.getSettings().passMark(),
                shown.getSettings().attempts(), shown.getSettings().timeLimitMinutes(),
                progress.map(CourseProgress::percentRead).orElse(0),
                progress.map(CourseProgress::getLastLesson).orElse(null),
                progress.map(CourseProgress::isCompleted).orElse(false),
                progress.map(CourseProgress::getCompletedAt).orElse(null),
                AttemptRules.attemptsLeft(attempts, shown.getSettings()), open,
                progress.map(CourseProgress::getPassedAttemptId).orElse(null),
                attempts.stream().map(CourseCatalogService::summary).toList());
    }

    /**
     * A lesson of the version the learner reads (their first lesson pins the current version); opening it notes it
     * as read and as the place to resume.
     */
    public LessonView lesson(String slug, int position) {
        Viewer viewer = access.viewer();
        Course course = course(slug, viewer);
        CourseVersion version = course.current();
        if (viewer.personId() != null) {
            Person self = access.self(viewer);
            CourseProgress progress = learning.findProgress(self.getId(), course.getId()).orElseGet(() -> {
                CourseProgress started = new CourseProgress(self, course.current(), clock.instant());
                learning.add(started);
                return started;
            });
            version = progress.getCourseVersion();
            if (version.lesson(position).isPresent()) {
                progress.read(position);
            }
        }
        CourseVersion shown = version;
        CourseLesson lesson = shown.lesson(position).orElseThrow(() -> new NotFoundException("Lesson"));
        int count = shown.getLessons().size();
        return new LessonView(slug, shown.getTitle(), position, count, lesson.getTitle(),
                MarkdownRenderer.toSafeHtml(lesson.getMarkdown()), lesson.getItems().stream().map(ItemRef::of)
                .toList(), position > 1 ? position - 1 : null, position < count ? position + 1 : null);
    }

    /** The current version as the editor starts from it. */
    public CourseDraft draft(String slug) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        CourseVersion current = course(slug, viewer).current();
        return new CourseDraft(current.getTitle(), current.getDescription(),
                current.getLessons().stream().map(l -> new LessonDraft(l.getTitle(), l.getMarkdown())).toList(),
                current.getQuestions().stream().map(q -> new QuestionDraft(q.getKind(), q.getText(),
                        q.getExplanation(), q.getOptions().stream().map(o -> o.getText()).toList(),
                        correctPositions(q))).toList());
    }

    /**
     * Saves the editor's changes as a new version (items, proficiency and test settings stay those of the current
     * version). Refused when someone saved another version since {@code basedOnVersion}.
     */
    public int saveVersion(String slug, int basedOnVersion, CourseDraft draft) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        Course course = course(slug, viewer);
        CourseVersion current = course.current();
        if (current.getNumber() != basedOnVersion) {
            throw new ConcurrentEditException(CourseWriter.AUDIT_ENTITY);
        }
        CourseContent content = edited(current, draft);
        CourseVersion saved = course.addVersion(content, null, viewer.username(), clock.instant());
        audit.record(viewer.username(), "UPDATE", CourseWriter.AUDIT_ENTITY, course.getId(), content.title(),
                new Changes().compare("version", current.getNumber(), saved.getNumber())
                        .compare("title", current.getTitle(), content.title()));
        return saved.getNumber();
    }

    public List<CourseImportAttempt> recentImports(int max) {
        access.requireAny(access.viewer(), Role.ADMIN, Role.HR);
        return courses.findRecentImports(max);
    }

    private static CourseContent edited(CourseVersion current, CourseDraft draft) {
        required("title", draft.title(), Lengths.TITLE);
        if (draft.description() != null && draft.description().length() > CourseVersion.DESCRIPTION_LENGTH) {
            throw new RuleViolationException("description", "rule.training.tooLong", CourseVersion.DESCRIPTION_LENGTH);
        }
        if (draft.lessons().isEmpty()) {
            throw new RuleViolationException("lessons", "rule.training.noLessons");
        }
        if (draft.questions().isEmpty()) {
            throw new RuleViolationException("questions", "rule.training.noQuestions");
        }
        CourseContent old = current.content();
        List<CourseContent.Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < draft.lessons().size(); i++) {
            LessonDraft lesson = draft.lessons().get(i);
            required("lessonTitle", lesson.title(), Lengths.TITLE);
            required("lessonText", lesson.markdown(), CourseLesson.BODY_LENGTH);
            List<CompetencyItem> items = i < old.lessons().size() ? old.lessons().get(i).items() : List.of();
            String file = i < old.lessons().size() ? old.lessons().get(i).fileName() : null;
            lessons.add(new CourseContent.Lesson(lesson.title(), file, lesson.markdown(), items));
        }
        List<CourseContent.Question> questions = new ArrayList<>();
        for (int i = 0; i < draft.questions().size(); i++) {
            QuestionDraft question = draft.questions().get(i);
            required("questionText", question.text(), TestQuestion.TEXT_LENGTH);
            List<String> options = question.options().stream().filter(o -> o != null && !o.isBlank()).toList();
            if (options.size() < 2) {
                throw new RuleViolationException("options", "rule.training.twoOptions", i + 1);
            }
            long correct = question.correct().stream().filter(n -> n >= 1 && n <= options.size()).count();
            if (question.kind() == QuestionKind.SINGLE ? correct != 1 : correct < 1) {
                throw new RuleViolationException("correct", "rule.training.correctCount", i + 1);
            }
            List<CourseContent.Option> built = new ArrayList<>();
            for (int o = 0; o < options.size(); o++) {
                built.add(new CourseContent.Option(options.get(o), question.correct().contains(o + 1)));
            }
            List<CompetencyItem> items = i < old.questions().size() ? old.questions().get(i).items() : List.of();
            questions.add(new CourseContent.Question(question.kind(), question.text(), question.explanation(), built,
                    items));
        }
        return new CourseContent(draft.title(), draft.description(), old.level(), old.proficiencyOnPass(),
                old.settings(), old.countsAsUpskilling(), old.hours(), old.items(), lessons, questions);
    }

    private static java.util.Set<Integer> correctPositions(TestQuestion question) {
        java.util.Set<Integer> correct = new java.util.TreeSet<>();
        for (int i = 0; i < question.getOptions().size(); i++) {
            if (question.getOptions().get(i).isCorrect()) {
                correct.add(i + 1);
            }
        }
        return correct;
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "rule.required");
        }
        if (value.strip().length() > max) {
            throw new RuleViolationException(field, "rule.training.tooLong", max);
        }
    }

    Course course(String slug, Viewer viewer) {
        return courses.findBySlug(slug == null ? "" : slug)
                .filter(c -> c.isActive() || viewer.hasAny(TrainingAccess.ORGANISERS))
                .orElseThrow(() -> new NotFoundException(CourseWriter.AUDIT_ENTITY));
    }

    private static String searchable(CourseVersion version) {
        String text = version.getTitle() + " " + (version.getDescription() == null ? "" : version.getDescription())
                + " " + String.join(" ", version.getItems().stream().map(i -> i.getCode() + " " + i.getText())
                .toList());
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static CourseSummary summary(CourseVersion version) {
        List<ItemRef> items = version.getItems().stream().map(ItemRef::of).toList();
        return new CourseSummary(version.getCourse().getId(), version.getCourse().getSlug(), version.getNumber(),
                version.getTitle(), version.getDescription(), version.getLevel(),
                items.stream().map(ItemRef::laborFunctionCode).distinct().sorted().toList(), items,
                version.getLessons().size(), version.getQuestions().size(), version.getProficiencyOnPass(),
                version.isCountsAsUpskilling(), version.getHours());
    }

    static AttemptSummary summary(TestAttempt attempt) {
        CourseVersion version = attempt.getCourseVersion();
        return new AttemptSummary(attempt.getId(), attempt.getPerson().getId(), attempt.getPerson().getFullName(),
                version.getCourse().getSlug(), version.getTitle(), version.getNumber(), attempt.getNumber(),
                attempt.getStatus(), attempt.getStartedAt(), attempt.getDeadlineAt(), attempt.getSubmittedAt(),
                attempt.getScore(), attempt.isPassed());
    }
}
