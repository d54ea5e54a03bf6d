package ru.navyk.web.onboarding;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.assessment.EvidenceService;
import ru.navyk.application.assessment.EvidenceService.EvidenceView;
import ru.navyk.application.onboarding.OnboardingService;
import ru.navyk.application.onboarding.OnboardingViews.PlanView;
import ru.navyk.application.people.MentorshipForm;
import ru.navyk.application.people.MentorshipService;
import ru.navyk.application.people.MentorshipService.MentorshipView;
import ru.navyk.application.probation.ProbationService;
import ru.navyk.application.probation.ProbationViews.ProbationView;
import ru.navyk.application.qualification.HeldLevelsService;
import ru.navyk.application.qualification.HeldLevelsService.HeldLevelView;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;

/**
 * The onboarding part of {@code /people/view.xhtml?id=…}: the person's plan, probation, mentors, held levels and
 * latest evidence, and — for HR and the person's managers — starting onboarding and assigning a mentor.
 */
@Named
@ViewScoped
public class PersonOnboardingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EVIDENCE_SHOWN = 15;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private ProbationService probations;

    @Inject
    private MentorshipService mentorships;

    @Inject
    private EvidenceService evidence;

    @Inject
    private HeldLevelsService levels;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long personId;
    private PlanView plan;
    private ProbationView probation;
    private List<MentorshipView> mentors;
    private List<HeldLevelView> held;
    private List<EvidenceView> latestEvidence;
    private List<MentorChoice> mentorChoices;
    private LocalDate startDate;
    private Long mentorId;
    private LocalDate mentorFrom;
    private LocalDate mentorTo;

    /** A person holding the role MENTOR. */
    public record MentorChoice(long personId, String name) implements Serializable {
    }

    /** Called by the person page's view action with the page's id. */
    public void load(Long id) {
        if (id == null) {
            return;
        }
        personId = id;
        if (!FacesContext.getCurrentInstance().isPostback()) {
            startDate = LocalDate.now(clock);
            mentorFrom = LocalDate.now(clock);
        }
        reload();
    }

    private void reload() {
        try {
            plan = onboarding.findPlanOf(personId).orElse(null);
            probation = probationOf();
            mentors = mentorshipsOf();
            held = levels.heldBy(personId);
            List<EvidenceView> history = evidence.historyOf(personId);
            latestEvidence = history.subList(0, Math.min(EVIDENCE_SHOWN, history.size()));
        } catch (NotFoundException e) {
            plan = null;
        }
    }

    private ProbationView probationOf() {
        try {
            return probations.of(personId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private List<MentorshipView> mentorshipsOf() {
        return mentorships.current().stream().filter(m -> m.traineeId() == personId).toList();
    }

    public void startOnboarding() {
        try {
            onboarding.startFor(personId, startDate, mentorId);
            messages.info("onboarding.person.started");
            reload();
        } catch (RuleViolationException e) {
            messages.rule("onboarding", e);
        } catch (AccessDeniedException e) {
            messages.add(null, FacesMessage.SEVERITY_ERROR, "api.forbidden");
        }
    }

    public void assignMentor() {
        try {
            mentorships.create(new MentorshipForm(mentorId, personId, mentorFrom, mentorTo));
            messages.info("general.saved");
            reload();
        } catch (RuleViolationException e) {
            messages.rule("mentor", e);
        } catch (AccessDeniedException | NotFoundException e) {
            messages.add(null, FacesMessage.SEVERITY_ERROR, "api.forbidden");
        }
    }

    public List<MentorChoice> getMentorChoices() {
        if (mentorChoices == null) {
            mentorChoices = mentorships.mentorCandidates().stream()
                    .filter(m -> m.personId() != personId)
                    .map(m -> new MentorChoice(m.personId(), m.name())).toList();
        }
        return mentorChoices;
    }

    public Long getPersonIdValue() {
        return personId;
    }

    public PlanView getPlan() {
        return plan;
    }

    public ProbationView getProbation() {
        return probation;
    }

    public List<MentorshipView> getMentors() {
        return mentors;
    }

    public List<HeldLevelView> getHeld() {
        return held;
    }

    public List<EvidenceView> getLatestEvidence() {
        return latestEvidence;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public LocalDate getMentorFrom() {
        return mentorFrom;
    }

    public void setMentorFrom(LocalDate mentorFrom) {
        this.mentorFrom = mentorFrom;
    }

    public LocalDate getMentorTo() {
        return mentorTo;
    }

    public void setMentorTo(LocalDate mentorTo) {
        this.mentorTo = mentorTo;
    }
}
