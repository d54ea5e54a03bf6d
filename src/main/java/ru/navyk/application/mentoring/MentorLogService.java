package ru.navyk.application.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.mentoring.MentoringViews.FeedbackChoice;
import ru.navyk.application.mentoring.MentoringViews.ItemChoice;
import ru.navyk.application.mentoring.MentoringViews.LogEntryView;
import ru.navyk.application.mentoring.MentoringViews.RatingView;
import ru.navyk.application.mentoring.MentoringViews.TraineeView;
import ru.navyk.application.onboarding.TraineeRelations;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.mentoring.MentorLogEntry;
import ru.navyk.domain.mentoring.MentorLogRepository;
import ru.navyk.domain.mentoring.TraineeFeedback;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileProgress;
import ru.navyk.domain.profile.ProfileRequirement;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * The mentor's log (D/03.5: «организация процесса наставничества»): a mentor records a session with a trainee of a
 * mentorship running on the session's day, rating items of the trainee's job profile; the ratings are evidence
 * (source {@code MENTOR_LOG}, the entry's id) written in the same transaction. Whoever may see the trainee reads the
 * log. The trainee gives feedback on each mentor once, when the internship ends: the mentorship has ended, the
 * probation is decided, or its planned end is at most {@value #FEEDBACK_OPENS_DAYS_BEFORE_END} days away.
 */
@ApplicationScoped
@Transactional
public class MentorLogService {

    static final String ENTITY = "MentorLogEntry";
    static final int FEEDBACK_OPENS_DAYS_BEFORE_END = 14;

    @Inject
    private MentorLogRepository log;

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private EvidenceRecorder recorder;

    @Inject
    private ProbationRepository probations;

    @Inject
    private TraineeRelations relations;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** Records a session; returns the entry's id. */
    public long log(LogForm form) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.MENTOR);
        if (form.traineeId() == null) {
            throw new RuleViolationException("traineeId", "rule.required");
        }
        Person trainee = access.visiblePerson(viewer, form.traineeId());
        if (form.heldOn() == null) {
            throw new RuleViolationException("heldOn", "rule.required");
        }
        if (form.durationMinutes() == null) {
            throw new RuleViolationException("durationMinutes", "rule.required");
        }
        Mentorship mentorship = mentorships.findByTrainee(trainee.getId()).stream()
                .filter(m -> viewer.isSelf(m.getMentor().getId()) && m.isRunningOn(form.heldOn()))
                .findFirst().orElseThrow(() -> new RuleViolationException("heldOn", "rule.mentoring.notYourTrainee"));
        JobProfileVersion version = relations.profileVersionOf(trainee)
                .orElseThrow(() -> new RuleViolationException("traineeId", "rule.onboarding.noProfile"));
        Map<CompetencyItem, Proficiency> ratings = resolve(version, form.ratings());
        if (ratings.isEmpty() && (form.comment() == null || form.comment().isBlank())) {
            throw new RuleViolationException("ratings", "rule.mentoring.empty");
        }
        MentorLogEntry entry = new MentorLogEntry(mentorship, form.heldOn(), form.durationMinutes(), form.comment(),
                LocalDate.now(clock), clock.instant(), viewer.username());
        log.add(entry);
        audit.record(viewer.username(), "CREATE", ENTITY, entry.getId(), trainee.getFullName(), new Changes()
                .created("heldOn", entry.getHeldOn()).created("durationMinutes", entry.getDurationMinutes())
                .created("comment", entry.getComment()));
        recorder.record(viewer.username(), trainee, EvidenceSource.MENTOR_LOG, entry.getId(),
                EvidenceRecorder.Rater.of(mentorship.getMentor()), entry.getHeldOn(), ratings, entry.getComment());
        return entry.getId();
    }

    private static Map<CompetencyItem, Proficiency> resolve(JobProfileVersion version, Map<String, Integer> given) {
        Map<String, CompetencyItem> items = version.getRequirements().stream().map(ProfileRequirement::getItem)
                .collect(Collectors.toMap(CompetencyItem::getCode, item -> item));
        Map<CompetencyItem, Proficiency> ratings = new LinkedHashMap<>();
        given.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(rating -> {
            CompetencyItem item = items.get(rating.getKey());
            if (item == null) {
                throw new RuleViolationException("ratings", "rule.mentoring.unknownItem", rating.getKey());
            }
            Integer points = rating.getValue();
            if (points == null || points < 0 || points > Proficiency.MAX) {
                throw new RuleViolationException("ratings", "rule.mentoring.proficiency", rating.getKey());
            }
            ratings.put(item, Proficiency.of(points));
        });
        return ratings;
    }

    /** The trainee's log, newest first, with the ratings each entry gave; for whoever may see the trainee. */
    public List<LogEntryView> entriesOf(long traineeId) {
        Viewer viewer = currentUser.viewer();
        access.visiblePerson(viewer, traineeId);
        Map<Long, List<RatingView>> ratings = new HashMap<>();
        evidence.findByPerson(traineeId).stream().filter(e -> e.getSource() == EvidenceSource.MENTOR_LOG)
                .sorted(Comparator.comparing((Evidence e) -> e.getItem().getCode()))
                .forEach(e -> ratings.computeIfAbsent(e.getSourceId(), id -> new ArrayList<>())
                        .add(new RatingView(e.getItem().getCode(), e.getItem().getText(), e.getProficiency())));
        return log.findByTrainee(traineeId).stream().map(entry -> new LogEntryView(entry.getId(),
                traineeId, entry.getMentor().getId(), entry.getMentor().getFullName(), entry.getHeldOn(),
                entry.getDurationMinutes(), entry.getComment(), ratings.getOrDefault(entry.getId(), List.of())))
                .toList();
    }

    /**
     * The items the mentor may rate for the trainee: the trainee's profile items, those the log worked on most recently
     * first, then in code order.
     */
    public List<ItemChoice> choicesFor(long traineeId) {
        Viewer viewer = currentUser.viewer();
        Person trainee = access.visiblePerson(viewer, traineeId);
        JobProfileVersion version = relations.profileVersionOf(trainee)
                .orElseThrow(() -> new RuleViolationException("traineeId", "rule.onboarding.noProfile"));
        List<Evidence> all = evidence.findByPerson(traineeId);
        Map<Long, ItemStanding> standings = ProficiencyRule.standings(all, LocalDate.now(clock));
        Map<Long, LocalDate> lastWorked = new HashMap<>();
        all.stream().filter(e -> e.getSource() == EvidenceSource.MENTOR_LOG)
                .forEach(e -> lastWorked.merge(e.getItem().getId(), e.getRatedOn(),
                        (a, b) -> a.isAfter(b) ? a : b));
        return version.getRequirements().stream().map(r -> {
            CompetencyItem item = r.getItem();
            ItemStanding standing = standings.get(item.getId());
            return new ItemChoice(item.getId(), item.getCode(), item.getKind(), item.getLaborFunction().getCode(),
                    item.getText(), r.getRequired(), standing == null ? null : standing.current(),
                    lastWorked.get(item.getId()));
        }).sorted(Comparator.comparing(ItemChoice::lastWorkedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ItemChoice::code)).toList();
    }

    /** The caller's trainees today, with their progress toward their profile. */
    public List<TraineeView> myTrainees() {
        Viewer viewer = currentUser.viewer();
        if (viewer.personId() == null || !viewer.has(Role.MENTOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Mentorship> running = mentorships.findByMentor(viewer.personId()).stream()
                .filter(m -> m.isRunningOn(today)).toList();
        Map<Long, List<Evidence>> byPerson = evidence.findByPeople(running.stream()
                        .map(m -> m.getTrainee().getId()).toList()).stream()
                .collect(Collectors.groupingBy(Evidence::getPersonId));
        return running.stream().map(m -> {
            Integer percent = relations.profileVersionOf(m.getTrainee()).map(v -> ProfileProgress.of(v,
                    ProficiencyRule.standings(byPerson.getOrDefault(m.getTrainee().getId(), List.of()), today))
                    .percent()).orElse(null);
            return new TraineeView(m.getTrainee().getId(), m.getTrainee().getFullName(), m.getId(),
                    m.getStartedOn(), m.getEndedOn(), percent);
        }).sorted(Comparator.comparing(TraineeView::name)).toList();
    }

    /** The caller's mentorships as a trainee, and whether feedback can be given on each now. */
    public List<FeedbackChoice> feedbackChoices() {
        Viewer viewer = currentUser.viewer();
        if (viewer.personId() == null) {
            return List.of();
        }
        List<Mentorship> own = mentorships.findByTrainee(viewer.personId());
        Map<Long, TraineeFeedback> given = log.findFeedbackFor(own.stream().map(Mentorship::getId).toList())
                .stream().collect(Collectors.toMap(f -> f.getMentorship().getId(), f -> f));
        Optional<Probation> probation = probations.findLatestOf(viewer.personId());
        LocalDate today = LocalDate.now(clock);
        return own.stream().map(m -> new FeedbackChoice(m.getId(), m.getMentor().getFullName(), m.getStartedOn(),
                m.getEndedOn(), !given.containsKey(m.getId()) && feedbackOpen(m, probation, today),
                given.containsKey(m.getId()) ? given.get(m.getId()).getRating() : null)).toList();
    }

    /** The trainee's feedback on one of their mentorships, once, when the internship ends. */
    public void giveFeedback(long mentorshipId, Integer rating, String comment) {
        Viewer viewer = currentUser.viewer();
        Mentorship mentorship = mentorships.find(mentorshipId)
                .filter(m -> viewer.isSelf(m.getTrainee().getId()))
                .orElseThrow(() -> new NotFoundException("Mentorship"));
        if (log.findFeedback(mentorshipId).isPresent()) {
            throw new RuleViolationException(null, "rule.feedback.given");
        }
        LocalDate today = LocalDate.now(clock);
        if (!feedbackOpen(mentorship, probations.findLatestOf(mentorship.getTrainee().getId()), today)) {
            throw new RuleViolationException(null, "rule.feedback.tooEarly");
        }
        if (rating == null) {
            throw new RuleViolationException("rating", "rule.required");
        }
        TraineeFeedback feedback = new TraineeFeedback(mentorship, rating, comment, today, clock.instant());
        log.add(feedback);
        // The audit names the mentorship, not the rating: the mentor must not read single answers there either.
        audit.event(viewer.username(), "FEEDBACK", "Mentorship", mentorshipId,
                mentorship.getMentor().getFullName() + " → " + mentorship.getTrainee().getFullName());
    }

    private static boolean feedbackOpen(Mentorship mentorship, Optional<Probation> probation, LocalDate today) {
        boolean ended = mentorship.getEndedOn() != null && !mentorship.getEndedOn().isAfter(today);
        boolean probationEnding = probation.map(p -> !p.isRunning()
                || p.daysLeft(today) <= FEEDBACK_OPENS_DAYS_BEFORE_END).orElse(false);
        return ended || probationEnding;
    }
}
