package ru.navyk.application.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.hiring.HiringViews.AssessmentView;
import ru.navyk.application.hiring.HiringViews.CandidateSummary;
import ru.navyk.application.hiring.HiringViews.CandidateView;
import ru.navyk.application.hiring.HiringViews.Comparison;
import ru.navyk.application.hiring.HiringViews.ComparisonFunction;
import ru.navyk.application.hiring.HiringViews.ComparisonRow;
import ru.navyk.application.hiring.HiringViews.FitView;
import ru.navyk.application.hiring.HiringViews.TransitionView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PersonRules;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateDetails;
import ru.navyk.domain.hiring.CandidateFit;
import ru.navyk.domain.hiring.CandidateRepository;
import ru.navyk.domain.hiring.CandidateStage;
import ru.navyk.domain.hiring.Vacancy;
import ru.navyk.domain.profile.ProfileRequirement;
import ru.navyk.domain.shared.ConcurrentEditException;

/**
 * Candidates of a vacancy: recording them (only with consent to personal-data processing, 152-ФЗ), changing their
 * data, moving them through the pipeline, reading one with their fit, and the vacancy's ranked list and side-by-side
 * comparison. The audit trail names a candidate by id only and records no personal values, so anonymisation leaves
 * nothing personal behind.
 */
@ApplicationScoped
@Transactional
public class CandidateService {

    @Inject
    private CandidateRepository candidates;

    @Inject
    private VacancyService vacancies;

    @Inject
    private HiringAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** The vacancy's candidates, best fit first (see {@link ru.navyk.domain.hiring.FitRule}). */
    public List<CandidateSummary> ranked(long vacancyId) {
        access.readableVacancy(currentUser.viewer(), vacancyId);
        return Fits.ranked(candidates.findByVacancy(vacancyId));
    }

    public CandidateView get(long id) {
        Viewer viewer = currentUser.viewer();
        Candidate c = access.readableCandidate(viewer, id);
        Vacancy v = c.getVacancy();
        CandidateFit fit = Fits.of(c);
        return new CandidateView(c.getId(), c.getVersion(), v.getId(), v.getProfileVersion().getTitle(),
                v.getTeam().getName(), v.getProfileVersion().getId(), c.getLastName(), c.getFirstName(),
                c.getMiddleName(), c.getFullName(), c.getEmail(), c.getPhone(), c.getEducation(),
                c.getEducationText(), c.getSource(), c.isConsentGiven(), c.getConsentDate(), c.getNotes(),
                c.getStage(), c.getStageSince(), List.copyOf(c.getStage().next()),
                c.getHiredPerson() == null ? null : c.getHiredPerson().getId(), c.isAnonymised(),
                c.getAnonymisedAt(), c.getCreatedAt(), c.getCreatedBy(), HiringViews.experiences(c),
                c.getTransitions().stream().map(TransitionView::of).toList(),
                c.getAssessments().stream().map(AssessmentView::of).toList(), candidates.attachmentsOf(id),
                FitView.of(fit, v.getProfileVersion()));
    }

    /** Records a candidate for an open vacancy; refused without consent to personal-data processing. */
    public long create(long vacancyId, CandidateDetails details) {
        Viewer viewer = currentUser.viewer();
        Vacancy vacancy = access.changeableVacancy(viewer, vacancyId);
        checkContacts(details);
        Candidate candidate = new Candidate(vacancy, details, LocalDate.now(clock), clock.instant(),
                viewer.username());
        candidates.add(candidate);
        audit.record(viewer.username(), "CREATE", HiringAccess.CANDIDATE, candidate.getId(), Fits.label(candidate),
                new Changes().created("vacancy", vacancy.label())
                        .created("source", candidate.getSource())
                        .created("consentDate", candidate.getConsentDate())
                        .created("stage", candidate.getStage()));
        return candidate.getId();
    }

    public void update(long id, long version, CandidateDetails details) {
        Viewer viewer = currentUser.viewer();
        Candidate candidate = access.changeableCandidate(viewer, id);
        requireVersion(candidate, version);
        checkContacts(details);
        String personalBefore = personal(candidate);
        Changes changes = new Changes()
                .compare("education", candidate.getEducation(), details.education())
                .compare("source", candidate.getSource(), details.source())
                .compare("consentDate", candidate.getConsentDate(), details.consentDate())
                .compare("experienceMonths", candidate.relevantExperienceMonths(), details.experiences().stream()
                        .filter(CandidateDetails.Experience::customerContact)
                        .mapToInt(e -> e.months() == null ? 0 : e.months()).sum());
        candidate.describe(details, LocalDate.now(clock));
        if (!personalBefore.equals(personal(candidate))) {
            // Names and contacts are not written to the trail (they would outlive anonymisation); that they changed is.
            changes.compare("personalData", null, "updated");
        }
        if (!changes.isEmpty()) {
            audit.record(viewer.username(), "UPDATE", HiringAccess.CANDIDATE, id, Fits.label(candidate), changes);
        }
    }

    /** Moves the candidate on in the pipeline on {@code on} (today if not given). */
    public void transition(long id, long version, CandidateStage target, LocalDate on, String note) {
        Viewer viewer = currentUser.viewer();
        Candidate candidate = access.changeableCandidate(viewer, id);
        requireVersion(candidate, version);
        CandidateStage before = candidate.getStage();
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) {
            throw new ru.navyk.domain.shared.RuleViolationException("changedOn", "rule.date.future");
        }
        candidate.moveTo(target, day, clock.instant(), viewer.username(), note);
        audit.record(viewer.username(), "TRANSITION", HiringAccess.CANDIDATE, id, Fits.label(candidate),
                new Changes().compare("stage", before, target).created("changedOn", day));
    }

    /** The vacancy's candidates side by side, ranked, item by item of its profile version. */
    public Comparison comparison(long vacancyId) {
        Vacancy vacancy = access.readableVacancy(currentUser.viewer(), vacancyId);
        List<CandidateSummary> ranked = Fits.ranked(candidates.findByVacancy(vacancyId));
        Map<String, List<ComparisonRow>> rows = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<ProfileRequirement> requirements = vacancy.getProfileVersion().getRequirements();
        for (int i = 0; i < requirements.size(); i++) {
            CompetencyItem item = requirements.get(i).getItem();
            int index = i;
            String lf = item.getLaborFunction().getCode();
            names.putIfAbsent(lf, item.getLaborFunction().getName());
            rows.computeIfAbsent(lf, code -> new ArrayList<>()).add(new ComparisonRow(item.getId(),
                    item.getCode(), item.getKind(), item.getText(), requirements.get(i).getRequired(),
                    ranked.stream().map(c -> c.fit().items().get(index)).toList()));
        }
        List<ComparisonFunction> functions = new ArrayList<>();
        rows.forEach((code, list) -> functions.add(new ComparisonFunction(code, names.get(code), list)));
        return new Comparison(vacancies.view(vacancy), ranked, functions);
    }

    private static String personal(Candidate c) {
        return String.join("\u0001", String.valueOf(c.getFullName()), String.valueOf(c.getEmail()),
                String.valueOf(c.getPhone()), String.valueOf(c.getEducationText()), String.valueOf(c.getNotes()),
                c.getExperiences().stream().map(e -> e.getRole() + "/" + e.getEmployer()).toList().toString());
    }

    /** Consent comes first (the domain refuses without it); then the contacts' shape, as for employees. */
    private static void checkContacts(CandidateDetails details) {
        if (details.consentGiven() && details.email() != null && !details.email().isBlank()) {
            PersonRules.checkContacts(details.email(), details.phone());
        }
    }

    static void requireVersion(Candidate candidate, long version) {
        if (candidate.getVersion() != version) {
            throw new ConcurrentEditException(HiringAccess.CANDIDATE);
        }
    }
}
