package ru.navyk.application.probation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.onboarding.TraineeRelations;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.probation.ProbationViews.ProbationRow;
import ru.navyk.application.probation.ProbationViews.ProbationView;
import ru.navyk.application.qualification.LevelDecisionRecorder;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.probation.Decision;
import ru.navyk.domain.probation.FinalAssessment;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationExtension;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;
import ru.navyk.domain.qualification.DecisionSource;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Probation (D/03.5: «организация итоговой оценки стажера по окончании испытательного срока»). Whoever may see the
 * person reads it; a manager who manages the person (and HR, for extensions) changes it:
 * <ul>
 *   <li><b>extension</b>: a later end and a reason, kept as history;</li>
 *   <li><b>final assessment</b>, by a manager who manages the trainee only, signed with their name and the moment, and
 *       final: a rating of every labor function of the probation's profile version, and a decision. Each labor
 *       function's rating is recorded as evidence (source {@code PROBATION_ASSESSMENT}) on every required item of that
 *       function — the supervisor's judgement of the function as a whole stands for its actions, skills and
 *       knowledge, and from then on counts for them like any newer rating. PASSED records a level decision GRANTED for
 *       the profile's generalized function (the level the profile is for) and ends the probation; NOT_PASSED ends it;
 *       EXTENDED moves its end. A decided probation ends the trainee's running mentorship that day: the internship is
 *       over.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class ProbationService {

    static final String ENTITY = "Probation";

    @Inject
    private ProbationRepository probations;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private PersonRepository people;

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private EvidenceRecorder evidence;

    @Inject
    private LevelDecisionRecorder levels;

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

    /** The person's latest probation, for whoever may see the person. */
    public ProbationView of(long personId) {
        Viewer viewer = currentUser.viewer();
        Person person = access.visiblePerson(viewer, personId);
        Probation probation = probations.findLatestOf(personId).orElseThrow(() -> new NotFoundException(ENTITY));
        return view(viewer, person, probation);
    }

    public ProbationView get(long probationId) {
        Viewer viewer = currentUser.viewer();
        Probation probation = visible(viewer, probationId);
        return view(viewer, probation.getPerson(), probation);
    }

    private ProbationView view(Viewer viewer, Person person, Probation probation) {
        return ProbationView.of(probation, LocalDate.now(clock), probations.findAssessments(probation.getId()),
                access.manages(viewer, person));
    }

    /** Running probations of the people the caller may see (managers, HR, administrators), soonest end first. */
    public List<ProbationRow> running() {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR, Role.MANAGER);
        LocalDate today = LocalDate.now(clock);
        return probations.findRunning(access.scopeOf(viewer), 500).stream()
                .filter(p -> !viewer.isSelf(p.getPerson().getId()))
                .map(p -> new ProbationRow(p.getId(), p.getPerson().getId(), p.getPerson().getFullName(),
                        p.getStartedOn(), p.getPlannedEnd(), p.daysLeft(today), p.getStatus())).toList();
    }

    /** Extends a running probation read at {@code version}: the person's managers and HR. */
    public ProbationView extend(long probationId, long version, LocalDate newEnd, String reason) {
        Viewer viewer = currentUser.viewer();
        Probation probation = visible(viewer, probationId);
        if (!viewer.hasAny(Role.HR, Role.ADMIN) && !access.manages(viewer, probation.getPerson())) {
            throw new AccessDeniedException(viewer.username() + " may not extend this probation");
        }
        if (probation.getVersion() != version) {
            throw new ConcurrentEditException(ENTITY);
        }
        LocalDate before = probation.getPlannedEnd();
        ProbationExtension extension = probation.extend(newEnd, reason, signerName(viewer), clock.instant());
        audit.record(viewer.username(), "UPDATE", ENTITY, probationId, probation.getPerson().getFullName(),
                new Changes().compare("plannedEnd", before, newEnd).created("reason", extension.getReason()));
        return view(viewer, probation.getPerson(), probation);
    }

    /** Signs the final assessment of a running probation; only a manager who manages the trainee. */
    public ProbationView assess(long probationId, AssessmentForm form) {
        Viewer viewer = currentUser.viewer();
        Probation probation = visible(viewer, probationId);
        Person trainee = probation.getPerson();
        if (!access.manages(viewer, trainee)) {
            throw new AccessDeniedException(viewer.username() + " does not manage " + trainee.getId());
        }
        if (!probation.isRunning()) {
            throw new RuleViolationException(null, "rule.probation.decided");
        }
        if (form.decision() == null) {
            throw new RuleViolationException("decision", "rule.required");
        }
        JobProfileVersion version = relations.profileVersionOf(trainee)
                .orElseThrow(() -> new RuleViolationException(null, "rule.onboarding.noProfile"));
        Map<String, Proficiency> ratings = ratings(form.ratings());
        Person signer = people.find(viewer.personId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        FinalAssessment assessment = new FinalAssessment(probation, version, ratings, form.decision(),
                form.newEnd(), form.reason(), today, signer, signer.getFullName(), clock.instant());
        if (form.decision() == Decision.PASSED) {
            GeneralizedFunction function = generalizedFunctionOf(version);
            assessment.attain(function.getCode(), function.getLevel());
        }
        probations.add(assessment);
        audit.record(viewer.username(), "SIGN", "FinalAssessment", assessment.getId(), trainee.getFullName(),
                new Changes().created("decision", form.decision()).created("ratings", ratings)
                        .created("newEnd", assessment.getNewEnd()).created("reason", assessment.getReason())
                        .created("signedBy", signer.getFullName()));
        evidence.record(viewer.username(), trainee, EvidenceSource.PROBATION_ASSESSMENT, assessment.getId(),
                EvidenceRecorder.Rater.of(signer), today, itemRatings(version, ratings), assessment.getReason());
        switch (form.decision()) {
            case PASSED -> {
                levels.record(viewer.username(), trainee, generalizedFunctionOf(version),
                        LevelDecision.Outcome.GRANTED, DecisionSource.PROBATION_ASSESSMENT, assessment.getId(),
                        signer, signer.getFullName(), today, assessment.getReason());
                conclude(viewer, probation, true, today);
            }
            case NOT_PASSED -> conclude(viewer, probation, false, today);
            case EXTENDED -> {
                LocalDate before = probation.getPlannedEnd();
                probation.extend(form.newEnd(), assessment.getReason(), signer.getFullName(), clock.instant());
                audit.record(viewer.username(), "UPDATE", ENTITY, probationId, trainee.getFullName(),
                        new Changes().compare("plannedEnd", before, form.newEnd()));
            }
        }
        return view(viewer, trainee, probation);
    }

    private void conclude(Viewer viewer, Probation probation, boolean passed, LocalDate today) {
        probation.conclude(passed, today);
        audit.record(viewer.username(), "UPDATE", ENTITY, probation.getId(), probation.getPerson().getFullName(),
                new Changes().compare("status", "RUNNING", probation.getStatus().name()));
        for (Mentorship mentorship : mentorships.findRunningOf(probation.getPerson().getId(), today)) {
            LocalDate before = mentorship.getEndedOn();
            mentorship.endOn(today);
            audit.record(viewer.username(), "UPDATE", "Mentorship", mentorship.getId(),
                    mentorship.getMentor().getFullName() + " → " + probation.getPerson().getFullName(),
                    new Changes().compare("to", before, today));
        }
    }

    private static Map<String, Proficiency> ratings(Map<String, Integer> given) {
        Map<String, Proficiency> ratings = new java.util.TreeMap<>();
        given.forEach((code, points) -> {
            if (points == null || points < 0 || points > Proficiency.MAX) {
                throw new RuleViolationException("ratings", "rule.mentoring.proficiency", code);
            }
            ratings.put(code, Proficiency.of(points));
        });
        return ratings;
    }

    /** Every required item of the version, rated as its labor function was. */
    static Map<CompetencyItem, Proficiency> itemRatings(JobProfileVersion version, Map<String, Proficiency> ratings) {
        Map<CompetencyItem, Proficiency> items = new LinkedHashMap<>();
        for (ProfileRequirement requirement : version.getRequirements()) {
            CompetencyItem item = requirement.getItem();
            items.put(item, ratings.get(item.getLaborFunction().getCode()));
        }
        return items;
    }

    private static GeneralizedFunction generalizedFunctionOf(JobProfileVersion version) {
        return version.getRequirements().stream().map(r -> r.getItem().getLaborFunction().getGeneralizedFunction())
                .findFirst().orElseThrow(() -> new RuleViolationException(null, "rule.onboarding.noProfile"));
    }

    private Probation visible(Viewer viewer, long probationId) {
        Probation probation = probations.find(probationId).orElseThrow(() -> new NotFoundException(ENTITY));
        if (!access.canSee(viewer, probation.getPerson())) {
            throw new NotFoundException(ENTITY);
        }
        return probation;
    }

    private String signerName(Viewer viewer) {
        return viewer.personId() == null ? viewer.username()
                : people.find(viewer.personId()).map(Person::getFullName).orElse(viewer.username());
    }
}
