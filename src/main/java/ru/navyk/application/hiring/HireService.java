package ru.navyk.application.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.application.assessment.EvidenceRecorder.Rater;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.hiring.HiringViews.HireResult;
import ru.navyk.application.people.AccountService;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PersonForm;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateAssessment;
import ru.navyk.domain.hiring.CandidateRepository;
import ru.navyk.domain.hiring.CandidateStage;
import ru.navyk.domain.hiring.PersonHired;
import ru.navyk.domain.hiring.Vacancy;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * The hire: in one transaction, a candidate with an offer becomes an employee —
 * <ol>
 *   <li>the person is created by {@link PeopleService} with its rules (unique e-mail and personnel number…), in the
 *       position of the vacancy's profile version (title, qualification level, linked to the job profile) and in
 *       the vacancy's team, from the hire date;</li>
 *   <li>every interview and test rating becomes {@link ru.navyk.domain.assessment.Evidence} of source
 *       {@code INTERVIEW} (source id: the assessment), rated by the interviewer on the interview's day — the first
 *       entries of the employee's competency history, the starting point of their development;</li>
 *   <li>the candidate is marked hired (only from the offer stage), the vacancy closes when all its openings are
 *       filled, and, if asked, the employee gets an agent's account;</li>
 *   <li>{@link PersonHired} is fired for onboarding.</li>
 * </ol>
 * Any refusal leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class HireService {

    @Inject
    private CandidateRepository candidates;

    @Inject
    private PersonRepository people;

    @Inject
    private PeopleService peopleService;

    @Inject
    private AccountService accounts;

    @Inject
    private EvidenceRecorder evidence;

    @Inject
    private HiringAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Event<PersonHired> hired;

    @Inject
    private Clock clock;

    public HireResult hire(long candidateId, long version, HireForm form) {
        Viewer viewer = currentUser.viewer();
        Candidate candidate = access.changeableCandidate(viewer, candidateId);
        CandidateService.requireVersion(candidate, version);
        if (candidate.isAnonymised()) {
            throw new RuleViolationException(null, "rule.candidate.anonymised");
        }
        if (!candidate.getStage().allows(CandidateStage.HIRED)) {
            throw new RuleViolationException("stage", candidate.getStage().isFinal() ? "rule.candidate.final"
                    : "rule.candidate.hireWithoutOffer", candidate.getStage().name(), CandidateStage.HIRED.name());
        }
        Vacancy vacancy = candidate.getVacancy();
        if (!vacancy.isOpen()) {
            throw new RuleViolationException("vacancyId", "rule.vacancy.closed");
        }
        Person mentor = form.mentorPersonId() == null ? null : people.find(form.mentorPersonId())
                .filter(Person::isActive).orElseThrow(() -> new RuleViolationException("mentorPersonId",
                        "rule.vacancy.unknownPerson"));
        LocalDate hireDate = form.hireDate() == null ? LocalDate.now(clock) : form.hireDate();
        JobProfileVersion profile = vacancy.getProfileVersion();
        long personId = peopleService.create(new PersonForm(form.personnelNumber(), candidate.getLastName(),
                candidate.getFirstName(), candidate.getMiddleName(), candidate.getEmail(), candidate.getPhone(),
                hireDate, candidate.getEducation(), profile.getTitle(), profile.getQualificationLevel(),
                vacancy.getTeam().getId()), profile.getProfile().getId());
        Person person = people.find(personId).orElseThrow();
        candidate.markHired(person, hireDate, clock.instant(), viewer.username());
        for (CandidateAssessment assessment : candidate.getAssessments()) {
            Map<CompetencyItem, Proficiency> ratings = new LinkedHashMap<>();
            assessment.getRatings().forEach(r -> ratings.put(r.getItem(), r.getProficiency()));
            evidence.record(viewer.username(), person, EvidenceSource.INTERVIEW, assessment.getId(),
                    new Rater(assessment.getInterviewer(), assessment.getInterviewerName()), assessment.getHeldOn(),
                    ratings, assessment.getNotes());
        }
        audit.record(viewer.username(), "HIRE", HiringAccess.CANDIDATE, candidateId, Fits.label(candidate),
                new Changes().compare("stage", CandidateStage.OFFER, CandidateStage.HIRED)
                        .created("person", personId).created("hireDate", hireDate));
        closeWhenFilled(viewer, vacancy);
        String password = form.username() == null || form.username().isBlank() ? null
                : accounts.createAgentAccount(personId, form.username());
        hired.fire(new PersonHired(personId, candidateId, profile.getId(), mentor == null ? null : mentor.getId()));
        return new HireResult(personId, password == null ? null : form.username().strip().toLowerCase(
                java.util.Locale.ROOT), password);
    }

    private void closeWhenFilled(Viewer viewer, Vacancy vacancy) {
        long hiredCount = candidates.findByVacancy(vacancy.getId()).stream()
                .filter(c -> c.getStage() == CandidateStage.HIRED).count();
        if (hiredCount >= vacancy.getOpenings()) {
            vacancy.close(LocalDate.now(clock));
            audit.record(viewer.username(), "DEACTIVATE", HiringAccess.VACANCY, vacancy.getId(), vacancy.label(),
                    new Changes().compare("status", "OPEN", "CLOSED").created("hired", hiredCount));
        }
    }
}
