package ru.navyk.application.training;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.training.AssigneeStatus;
import ru.navyk.domain.training.AssignmentTarget;
import ru.navyk.domain.training.AttemptStatus;
import ru.navyk.domain.training.EventKind;
import ru.navyk.domain.training.EventStatus;
import ru.navyk.domain.training.QuestionKind;
import ru.navyk.domain.training.RegistrationStatus;
import ru.navyk.domain.training.ReminderKind;

/**
 * What the training services hand to pages and the REST API: plain values, never managed entities. No view of a test
 * that is still being taken carries which options are correct.
 */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A competency item as training pages show it. */
    public record ItemRef(long id, String code, ItemKind kind, String text, String laborFunctionCode)
            implements Serializable {
        public static ItemRef of(CompetencyItem item) {
            return new ItemRef(item.getId(), item.getCode(), item.getKind(), item.getText(),
                    item.getLaborFunction().getCode());
        }
    }

    public record PersonRef(long id, String fullName, String teamName) implements Serializable {
    }

    /** A course of the catalogue, in its current version. */
    public record CourseSummary(long id, String slug, int versionNumber, String title, String description,
                                Integer level, List<String> laborFunctionCodes, List<ItemRef> items,
                                int lessonCount, int questionCount, Proficiency proficiencyOnPass,
                                boolean countsAsUpskilling, Integer hours) implements Serializable {
    }

    public record LessonRef(int position, String title, List<ItemRef> items, boolean read) implements Serializable {
    }

    /** A course page: the course, its lessons and test settings, and where the viewer stands on it. */
    public record CourseView(CourseSummary course, int shownVersion, List<LessonRef> lessons, int passMark,
                             int attemptsAllowed, Integer timeLimitMinutes, int percentRead, Integer resumeLesson,
                             boolean completed, Instant completedAt, int attemptsLeft, Long openAttemptId,
                             Long passedAttemptId, List<AttemptSummary> attempts) implements Serializable {
    }

    /** A lesson as the learner reads it; {@code html} is sanitised. */
    public record LessonView(String slug, String courseTitle, int position, int lessonCount, String title,
                             String html, List<ItemRef> items, Integer previous, Integer next) {
    }

    public record AttemptSummary(long id, long personId, String personName, String courseSlug, String courseTitle,
                                 int versionNumber, int number, AttemptStatus status, Instant startedAt,
                                 Instant deadlineAt, Instant submittedAt, Integer score, boolean passed)
            implements Serializable {
    }

    /** A test to answer: questions and options in this attempt's order, without the answer key. */
    public record AttemptSheet(AttemptSummary attempt, int passMark, long secondsLeft, List<SheetQuestion> questions)
            implements Serializable {
    }

    public record SheetQuestion(long id, int number, QuestionKind kind, String text, List<SheetOption> options)
            implements Serializable {
    }

    public record SheetOption(long id, String text) implements Serializable {
    }

    /** A submitted attempt: the score, and per question what was chosen, what was correct and why. */
    public record AttemptResult(AttemptSummary attempt, int passMark, long correctCount, int questionCount,
                                List<ResultQuestion> questions, boolean certificateAvailable) {
    }

    public record ResultQuestion(long id, int number, QuestionKind kind, String text, String explanation,
                                 boolean correct, List<ResultOption> options) {
    }

    public record ResultOption(long id, String text, boolean chosen, boolean correct) {
    }

    /** What a course page's editor may change; saving makes a new version. */
    public record CourseDraft(String title, String description, List<LessonDraft> lessons,
                              List<QuestionDraft> questions) {
    }

    public record LessonDraft(String title, String markdown) {
    }

    /** @param correct 1-based positions of the correct options */
    public record QuestionDraft(QuestionKind kind, String text, String explanation, List<String> options,
                                Set<Integer> correct) {
    }

    public record AssignmentSummary(long id, String courseSlug, String courseTitle, AssignmentTarget targetKind,
                                    String targetLabel, LocalDate dueOn, Instant createdAt, String createdBy,
                                    int total, int completed, int overdue) implements Serializable {
    }

    public record AssigneeRow(long personId, String fullName, String teamName, AssigneeStatus status,
                              LocalDate completedOn, Integer bestScore, int attempts) {
    }

    /** The supervisor's report of an assignment: who completed, who is late; only the people the viewer may see. */
    public record AssignmentReport(AssignmentSummary assignment, String note, List<AssigneeRow> rows) {
    }

    public record MyAssignment(long assignmentId, String courseSlug, String courseTitle, LocalDate dueOn,
                               AssigneeStatus status, LocalDate completedOn) {
    }

    public record ReminderView(ReminderKind kind, String courseSlug, String courseTitle, LocalDate dueOn,
                               Instant createdAt) {
    }

    /** The learner's own page: assigned courses, courses in progress or done, reminders, events. */
    public record MyTraining(List<MyAssignment> assignments, List<CourseProgressRow> courses,
                             List<ReminderView> reminders, List<EventSummary> events) {
    }

    public record CourseProgressRow(String slug, String title, int percentRead, boolean completed,
                                    Instant completedAt, Long passedAttemptId) {
    }

    public record EventSummary(long id, EventKind kind, String topic, LocalDateTime startsAt, int durationMinutes,
                               String place, String trainerName, int capacity, int registered, int waiting,
                               EventStatus status, RegistrationStatus myStatus) implements Serializable {
    }

    public record ParticipantRow(long registrationId, long personId, String fullName, RegistrationStatus status,
                                 Boolean attended, Proficiency trainerRating, Integer feedbackRating,
                                 String feedbackComment) implements Serializable {
    }

    /**
     * An event page. Participants' names are listed for the trainer, HR and administrators, and for managers only
     * the people they may see; everyone sees the counts.
     */
    public record EventView(EventSummary event, long version, String description, String audience, long trainerId,
                            List<ItemRef> items, Proficiency proficiencyOnAttendance, boolean canManage,
                            boolean canRegisterOthers, List<ParticipantRow> participants,
                            List<ParticipantRow> waitingList, Double averageFeedback, ParticipantRow mine)
            implements Serializable {
    }

    public record CourseRef(long id, String slug, String title) implements Serializable {
    }

    public record EventRef(long id, String topic, LocalDateTime startsAt) implements Serializable {
    }

    /** A training request with what covers its items now, and the people the viewer may see. */
    public record TrainingRequestView(long id, Instant createdAt, String createdBy, String reason, String source,
                                      List<ItemRef> items, List<PersonRef> people, int peopleTotal,
                                      List<CourseRef> courses, List<EventRef> events) implements Serializable {
    }

    /** One item of the training needs: who has a gap, what covers it, who has no covering assignment. */
    public record ItemNeed(ItemRef item, List<PersonRef> withGap, List<CourseRef> courses, List<EventRef> events,
                           List<PersonRef> uncovered) implements Serializable {
    }

    public record FunctionNeed(String code, String name, int peopleWithGap, List<ItemNeed> items)
            implements Serializable {
    }

    public record TeamNeeds(long teamId, String teamName, int peopleCount, int peopleWithProfile,
                            List<FunctionNeed> functions) implements Serializable {
    }

    public record PlanSummary(long id, long teamId, String teamName, String title, LocalDate periodFrom,
                              LocalDate periodTo, int lineCount, Instant createdAt, String createdBy)
            implements Serializable {
    }

    public record PlanLineView(int position, ItemRef item, CourseRef course, EventRef event,
                               List<PersonRef> people, LocalDate targetOn) {
    }

    public record PlanView(PlanSummary plan, List<PlanLineView> lines) {
    }

    public record UpskillingRecordView(long recordId, String title, LocalDate completedOn, Integer hours,
                                       Long documentId, String documentName) implements Serializable {
    }

    /**
     * A person's upskilling against the standard's «не реже одного раза в три года»: the last upskilling and the day
     * the next one is due.
     */
    public record UpskillingRow(long personId, String fullName, String teamName, LocalDate lastUpskilling,
                                LocalDate dueBy, boolean overdue, List<UpskillingRecordView> records)
            implements Serializable {
    }

    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    public record Page<T>(List<T> items, long total) {
    }
}
