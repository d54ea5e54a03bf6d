package ru.navyk.application.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateAssessment;
import ru.navyk.domain.hiring.CandidateRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Records interviews and tests of a candidate against the items of their vacancy's profile version (HR and
 * administrators). The ratings stay in hiring until a hire turns them into the new employee's evidence.
 */
@ApplicationScoped
@Transactional
public class InterviewService {

    @Inject
    private CandidateRepository candidates;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private PersonRepository people;

    @Inject
    private HiringAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** @return the id of the new assessment */
    public long record(long candidateId, long version, AssessmentForm form) {
        Viewer viewer = currentUser.viewer();
        Candidate candidate = access.changeableCandidate(viewer, candidateId);
        CandidateService.requireVersion(candidate, version);
        Person interviewer = interviewer(viewer, form);
        String interviewerName = form.interviewerName() != null && !form.interviewerName().isBlank()
                ? form.interviewerName() : interviewer == null ? null : interviewer.getFullName();
        Set<Long> seen = new HashSet<>();
        for (AssessmentForm.RatingEntry entry : form.ratings()) {
            if (entry.itemId() == null || entry.proficiency() == null) {
                throw new RuleViolationException("ratings", "rule.candidate.ratingIncomplete");
            }
            if (!seen.add(entry.itemId())) {
                throw new RuleViolationException("ratings", "rule.candidate.ratedTwice");
            }
        }
        Map<Long, CompetencyItem> items = models.findItems(seen).stream()
                .collect(Collectors.toMap(CompetencyItem::getId, Function.identity()));
        Map<CompetencyItem, Candidate.Rated> ratings = new LinkedHashMap<>();
        for (AssessmentForm.RatingEntry entry : form.ratings()) {
            CompetencyItem item = items.get(entry.itemId());
            if (item == null) {
                throw new RuleViolationException("ratings", "rule.profile.unknownItem");
            }
            ratings.put(item, new Candidate.Rated(entry.proficiency(), entry.note()));
        }
        CandidateAssessment assessment = candidate.assess(form.kind(), form.heldOn(), interviewer, interviewerName,
                form.notes(), ratings, LocalDate.now(clock), clock.instant(), viewer.username());
        candidates.flush();
        Changes changes = new Changes().created("assessment", assessment.getKind() + " " + assessment.getHeldOn()
                + " (" + assessment.getInterviewerName() + ")");
        ratings.forEach((item, rated) -> changes.created(item.getCode(), rated.proficiency().points()));
        audit.record(viewer.username(), "ASSESS", HiringAccess.CANDIDATE, candidateId, Fits.label(candidate),
                changes);
        return assessment.getId();
    }

    private Person interviewer(Viewer viewer, AssessmentForm form) {
        if (form.interviewerPersonId() != null) {
            return people.find(form.interviewerPersonId()).filter(Person::isActive)
                    .orElseThrow(() -> new RuleViolationException("interviewerPersonId",
                            "rule.vacancy.unknownPerson"));
        }
        if (form.interviewerName() != null && !form.interviewerName().isBlank()) {
            return null;
        }
        return viewer.personId() == null ? null : people.find(viewer.personId()).orElse(null);
    }
}
