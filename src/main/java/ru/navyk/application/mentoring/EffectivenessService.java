package ru.navyk.application.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.navyk.application.mentoring.MentoringViews.EffectivenessView;
import ru.navyk.application.onboarding.TraineeRelations;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.mentoring.MentorEffectiveness;
import ru.navyk.domain.mentoring.MentorEffectiveness.TraineeOutcome;
import ru.navyk.domain.mentoring.MentorLogRepository;
import ru.navyk.domain.mentoring.ProbationResult;
import ru.navyk.domain.mentoring.ProgressOverTime;
import ru.navyk.domain.mentoring.TraineeFeedback;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.probation.ProbationStatus;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileProgress;
import ru.navyk.domain.shared.NotFoundException;

/**
 * The mentor's effectiveness report ({@link MentorEffectiveness} states the rule). The mentor sees their own report
 * without any individual feedback answer; HR, administrators and managers who manage the mentor see each trainee's
 * feedback. Anyone else: as if there were no such mentor.
 */
@ApplicationScoped
@Transactional
public class EffectivenessService {

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private MentorLogRepository log;

    @Inject
    private ProbationRepository probations;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private TraineeRelations relations;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** A mentor someone may open the report of. */
    public record MentorChoice(long personId, String name) {
    }

    public EffectivenessView reportFor(long mentorId) {
        Viewer viewer = currentUser.viewer();
        Person mentor = access.visiblePerson(viewer, mentorId);
        boolean own = viewer.isSelf(mentorId);
        boolean overseer = viewer.hasAny(Role.ADMIN, Role.HR) || access.manages(viewer, mentor);
        if (!own && !overseer) {
            throw new NotFoundException("Mentor");
        }
        MentorEffectiveness effectiveness = new MentorEffectiveness(outcomes(mentorId));
        if (own && !overseer) {
            return new EffectivenessView(mentorId, mentor.getFullName(), effectiveness.summaryForMentor(),
                    effectiveness.outcomesForMentor(), true);
        }
        return new EffectivenessView(mentorId, mentor.getFullName(), effectiveness.summary(),
                effectiveness.trainees(), own);
    }

    /** Mentors of the trainees the caller may see, over the last year, and the caller if they mentor. */
    public List<MentorChoice> mentorsInScope() {
        Viewer viewer = currentUser.viewer();
        LocalDate since = LocalDate.now(clock).minusYears(1);
        Map<Long, MentorChoice> mentors = new LinkedHashMap<>();
        if (viewer.hasAny(Role.ADMIN, Role.HR, Role.MANAGER)) {
            mentorships.findCurrent(access.scopeOf(viewer), since, 500).stream().map(Mentorship::getMentor)
                    .filter(m -> viewer.hasAny(Role.ADMIN, Role.HR) || access.manages(viewer, m))
                    .forEach(m -> mentors.putIfAbsent(m.getId(), new MentorChoice(m.getId(), m.getFullName())));
        }
        List<MentorChoice> sorted = new ArrayList<>(mentors.values());
        sorted.sort(Comparator.comparing(MentorChoice::name));
        return sorted;
    }

    private List<TraineeOutcome> outcomes(long mentorId) {
        LocalDate today = LocalDate.now(clock);
        List<Mentorship> all = mentorships.findByMentor(mentorId);
        List<Long> traineeIds = all.stream().map(m -> m.getTrainee().getId()).distinct().toList();
        Map<Long, List<Evidence>> byPerson = evidence.findByPeople(traineeIds).stream()
                .collect(Collectors.groupingBy(Evidence::getPersonId));
        Map<Long, Probation> probationOf = probations.findLatestOf(traineeIds).stream()
                .collect(Collectors.toMap(p -> p.getPerson().getId(), p -> p));
        Map<Long, TraineeFeedback> feedback = log.findFeedbackFor(all.stream().map(Mentorship::getId).toList())
                .stream().collect(Collectors.toMap(f -> f.getMentorship().getId(), f -> f));
        List<TraineeOutcome> outcomes = new ArrayList<>();
        for (Mentorship m : all) {
            Person trainee = m.getTrainee();
            Probation probation = probationOf.get(trainee.getId());
            LocalDate end = endOfInternship(m, probation, today);
            List<Evidence> ratings = byPerson.getOrDefault(trainee.getId(), List.of());
            Optional<JobProfileVersion> version = relations.profileVersionOf(trainee);
            int met = 0;
            int required = 0;
            Integer days = null;
            if (version.isPresent()) {
                ProfileProgress atEnd = ProgressOverTime.asOf(version.get(), ratings, end);
                met = atEnd.itemsMet();
                required = atEnd.itemsRequired();
                days = ProgressOverTime.firstDayAllMet(version.get(), ratings, m.getStartedOn(), end)
                        .map(day -> (int) ChronoUnit.DAYS.between(m.getStartedOn(), day)).orElse(null);
            }
            TraineeFeedback answer = feedback.get(m.getId());
            outcomes.add(new TraineeOutcome(trainee.getId(), trainee.getFullName(), m.getId(), met, required, days,
                    resultOf(probation), answer == null ? null : answer.getRating(),
                    answer == null ? null : answer.getComment()));
        }
        return outcomes;
    }

    /** The probation's decision day, else the mentorship's end when it has come, else today. */
    private static LocalDate endOfInternship(Mentorship m, Probation probation, LocalDate today) {
        if (probation != null && probation.getDecidedOn() != null) {
            return probation.getDecidedOn();
        }
        if (m.getEndedOn() != null && m.getEndedOn().isBefore(today)) {
            return m.getEndedOn();
        }
        return today;
    }

    private static ProbationResult resultOf(Probation probation) {
        if (probation == null) {
            return ProbationResult.PENDING;
        }
        if (probation.getStatus() == ProbationStatus.PASSED) {
            return ProbationResult.PASSED;
        }
        if (probation.getStatus() == ProbationStatus.NOT_PASSED) {
            return ProbationResult.NOT_PASSED;
        }
        return probation.getExtensions().isEmpty() ? ProbationResult.PENDING : ProbationResult.EXTENDED;
    }
}
