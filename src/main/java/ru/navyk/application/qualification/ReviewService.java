package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.qualification.QualificationViews.DecisionInput;
import ru.navyk.application.qualification.QualificationViews.RatingInput;
import ru.navyk.application.qualification.QualificationViews.ReviewItem;
import ru.navyk.application.qualification.QualificationViews.ReviewSheet;
import ru.navyk.application.qualification.QualificationViews.ReviewSummary;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;
import ru.navyk.domain.qualification.DecisionSource;
import ru.navyk.domain.qualification.HeldLevels;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.LevelDecisionRepository;
import ru.navyk.domain.qualification.QualificationPeopleRepository;
import ru.navyk.domain.qualification.QualificationReview;
import ru.navyk.domain.qualification.QualificationReviewRepository;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A manager's qualification review of a person they manage ({@link AccessPolicy#manages}): the sheet of the person's
 * profile items with their current standing and the person's eligibility per generalized function; saving the
 * review writes, in one transaction, every rating given (confirmed or changed) as evidence {@code MANAGER_REVIEW}
 * and every level decision through {@link LevelDecisionRecorder}, or nothing at all.
 *
 * <p>Level decisions follow the standard: a level may be granted when the person is eligible for it; granting it to
 * someone who is not requires an explicit override whose reason is recorded (and audited as an override). A level is
 * withdrawn only from someone who holds it.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    static final String AUDIT_ENTITY = "QualificationReview";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    @Inject
    private PersonRepository people;

    @Inject
    private QualificationReviewRepository reviews;

    @Inject
    private LevelDecisionRepository decisions;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private QualificationPeopleRepository qualificationPeople;

    @Inject
    private EvidenceRecorder evidenceRecorder;

    @Inject
    private LevelDecisionRecorder decisionRecorder;

    @Inject
    private QualificationService qualification;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** Starts a review of a person the caller manages; anyone else is "not found". */
    public ReviewSheet start(long personId, Locale locale) {
        Viewer viewer = currentUser.viewer();
        Person person = managed(viewer, personId);
        Person reviewer = people.find(viewer.personId()).orElseThrow();
        QualificationReview review = new QualificationReview(person, reviewer, reviewer.getFullName(),
                clock.instant());
        reviews.add(review);
        return sheet(review, person, locale);
    }

    /** A review the caller may see (its person is visible to them). */
    public ReviewSheet sheet(long reviewId, Locale locale) {
        Viewer viewer = currentUser.viewer();
        QualificationReview review = reviews.find(reviewId).orElseThrow(() -> new NotFoundException(AUDIT_ENTITY));
        Person person = access.visiblePerson(viewer, review.getPerson().getId());
        return sheet(review, person, locale);
    }

    public List<ReviewSummary> reviewsOf(long personId) {
        access.visiblePerson(currentUser.viewer(), personId);
        return reviews.findByPerson(personId).stream().map(ReviewSummary::of).toList();
    }

    /**
     * The people of a team (and its sub-teams) the caller manages, by surname, to review one after another; every
     * team the caller manages when {@code teamId} is {@code null}.
     */
    public List<Long> queue(Long teamId) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.MANAGER);
        var scope = access.scopeOf(viewer);
        Set<Long> teams = teamId == null ? null
                : scope.everyone() || scope.teamIds().contains(teamId) ? Set.of(teamId) : Set.of();
        return qualificationPeople.ids(new QualificationPeopleRepository.Filter(scope, teams, null, null,
                viewer.personId()));
    }

    /**
     * Saves the review as a whole: ratings become evidence, decisions level decisions, the review is marked saved.
     *
     * @param version the review's version when the sheet was loaded (a stale one is refused)
     */
    public ReviewSummary save(long reviewId, long version, List<RatingInput> ratings, List<DecisionInput> levelDecisions,
                              String note, Locale locale) {
        Viewer viewer = currentUser.viewer();
        QualificationReview review = reviews.find(reviewId).orElseThrow(() -> new NotFoundException(AUDIT_ENTITY));
        Person person = managed(viewer, review.getPerson().getId());
        if (review.getVersion() != version) {
            throw new ConcurrentEditException(AUDIT_ENTITY);
        }
        Person reviewer = people.find(viewer.personId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Map<CompetencyItem, Proficiency> rated = ratings(ratings);
        List<DecisionInput> decided = levelDecisions == null ? List.of() : levelDecisions;
        review.save(today, rated.size(), decided.size(), note, clock.instant());
        if (!rated.isEmpty()) {
            evidenceRecorder.record(viewer.username(), person, EvidenceSource.MANAGER_REVIEW, review.getId(),
                    EvidenceRecorder.Rater.of(reviewer), today, rated, review.getNote());
        }
        recordDecisions(viewer, person, reviewer, review, decided, locale, today);
        audit.record(viewer.username(), "SAVE", AUDIT_ENTITY, review.getId(), person.getFullName(), new Changes()
                .created("ratings", rated.size()).created("decisions", decided.size()));
        return ReviewSummary.of(review);
    }

    /** One level decision outside a full review: recorded as a review holding only that decision. */
    public ReviewSummary decide(long personId, DecisionInput decision, Locale locale) {
        ReviewSheet sheet = start(personId, locale);
        return save(sheet.reviewId(), sheet.version(), List.of(), List.of(decision), null, locale);
    }

    private void recordDecisions(Viewer viewer, Person person, Person reviewer, QualificationReview review,
                                 List<DecisionInput> decided, Locale locale, LocalDate today) {
        if (decided.isEmpty()) {
            return;
        }
        QualificationAssessor assessor = qualification.assessor(locale);
        HeldLevels held = HeldLevels.of(decisions.findByPerson(person.getId()));
        Map<String, GeneralizedFunction> functions = models.findLatest().orElseThrow().getGeneralizedFunctions()
                .stream().collect(Collectors.toMap(GeneralizedFunction::getCode, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (DecisionInput input : decided) {
            if (input == null || input.functionCode() == null || input.outcome() == null) {
                throw new RuleViolationException("decisions", "rule.required");
            }
            GeneralizedFunction function = functions.get(input.functionCode());
            if (function == null) {
                throw new RuleViolationException("functionCode", "rule.review.unknownFunction",
                        input.functionCode());
            }
            if (!seen.add(input.functionCode())) {
                throw new RuleViolationException("functionCode", "rule.review.twice", input.functionCode());
            }
            if (input.reason() == null || input.reason().isBlank()) {
                throw new RuleViolationException("reason", "rule.required");
            }
            boolean holds = held.holds(input.functionCode());
            if (input.outcome() == LevelDecision.Outcome.GRANTED) {
                if (holds) {
                    throw new RuleViolationException("outcome", "rule.review.alreadyHeld", input.functionCode());
                }
                if (!input.override() && !assessor.evaluate(person, input.functionCode()).eligible()) {
                    throw new RuleViolationException("override", "rule.review.notEligible", input.functionCode());
                }
            } else if (!holds) {
                throw new RuleViolationException("outcome", "rule.review.notHeld", input.functionCode());
            }
            decisionRecorder.record(viewer.username(), person, function, input.outcome(),
                    DecisionSource.QUALIFICATION_REVIEW, review.getId(), reviewer, reviewer.getFullName(), today,
                    input.reason());
            if (input.override() && input.outcome() == LevelDecision.Outcome.GRANTED) {
                audit.record(viewer.username(), "LEVEL_OVERRIDE", "Person", person.getId(), person.getFullName(),
                        new Changes().created("level." + input.functionCode(), "granted without eligibility"));
            }
        }
    }

    private Map<CompetencyItem, Proficiency> ratings(List<RatingInput> ratings) {
        if (ratings == null || ratings.isEmpty()) {
            return Map.of();
        }
        Map<Long, Proficiency> byId = new LinkedHashMap<>();
        for (RatingInput rating : ratings) {
            if (rating == null || rating.proficiency() == null) {
                throw new RuleViolationException("ratings", "rule.required");
            }
            byId.put(rating.itemId(), rating.proficiency());
        }
        List<CompetencyItem> items = models.findItems(byId.keySet());
        if (items.size() != byId.size()) {
            throw new RuleViolationException("ratings", "rule.review.unknownItem");
        }
        Map<CompetencyItem, Proficiency> rated = new LinkedHashMap<>();
        items.forEach(item -> rated.put(item, byId.get(item.getId())));
        return rated;
    }

    private Person managed(Viewer viewer, long personId) {
        Person person = access.visiblePerson(viewer, personId);
        if (!access.manages(viewer, person)) {
            throw new NotFoundException(AUDIT_ENTITY);
        }
        return person;
    }

    private ReviewSheet sheet(QualificationReview review, Person person, Locale locale) {
        QualificationAssessor assessor = qualification.assessor(locale);
        Map<Long, ItemStanding> standings = ProficiencyRule.standings(evidence.findByPerson(person.getId()),
                assessor.today());
        Optional<JobProfileVersion> profile = QualificationService.currentProfile(person);
        List<ReviewItem> items = new ArrayList<>();
        profile.ifPresent(p -> {
            for (ProfileRequirement requirement : p.getRequirements()) {
                CompetencyItem item = requirement.getItem();
                ItemStanding standing = standings.get(item.getId());
                items.add(new ReviewItem(item.getId(), item.getCode(), item.getKind(), item.getText(),
                        item.getLaborFunction().getCode(), requirement.getRequired(),
                        standing == null ? null : standing.current(), standing == null ? null : standing.rated(),
                        standing != null && standing.stale(),
                        standing == null ? null : standing.latest().getRatedOn(),
                        standing == null ? null : standing.latest().getSource(),
                        standing == null ? null : standing.latest().getRaterName()));
            }
        });
        HeldLevels held = HeldLevels.of(decisions.findByPerson(person.getId()));
        return new ReviewSheet(review.getId(), review.getVersion(), person.getId(), person.getFullName(),
                profile.map(JobProfileVersion::getTitle).orElse(null), review.getStatus(), items,
                assessor.eligibility(person, held));
    }
}
