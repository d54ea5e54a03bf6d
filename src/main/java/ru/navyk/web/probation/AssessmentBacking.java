package ru.navyk.web.probation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.application.mentoring.MentorLogService;
import ru.navyk.application.mentoring.MentoringViews.LogEntryView;
import ru.navyk.application.mentoring.MentoringViews.ProgressView;
import ru.navyk.application.mentoring.ProgressService;
import ru.navyk.application.onboarding.OnboardingService;
import ru.navyk.application.onboarding.OnboardingViews.PlanView;
import ru.navyk.application.probation.AssessmentForm;
import ru.navyk.application.probation.ProbationService;
import ru.navyk.application.probation.ProbationViews.ProbationView;
import ru.navyk.domain.probation.Decision;
import ru.navyk.domain.profile.ProfileProgress.FunctionProgress;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /probation/assessment.xhtml?person=…}: the final assessment of a trainee (итоговая оценка стажера).
 * Beside each labor function of the profile: its progress and the mentor's log; the checklist below. The supervisor
 * rates each function 0–3, decides, gives the reason and signs; a signed assessment is shown, never edited. Whoever
 * may see the trainee reads the page; only a manager who manages them signs.
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProbationService probations;

    @Inject
    private ProgressService progressService;

    @Inject
    private MentorLogService log;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private Messages messages;

    private Long person;
    private ProbationView probation;
    private ProgressView progress;
    private List<LogEntryView> entries;
    private PlanView plan;
    private final Map<String, Integer> ratings = new LinkedHashMap<>();
    private Decision decision;
    private LocalDate newEnd;
    private String reason;

    /** View action. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (person == null) {
            Pages.notFound();
            return;
        }
        try {
            reload();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void reload() {
        probation = probations.of(person);
        progress = progressService.progressOf(person);
        entries = log.entriesOf(person);
        plan = onboarding.findPlanOf(person).orElse(null);
    }

    public void rate(String laborFunction, int points) {
        ratings.put(laborFunction, points);
    }

    public Integer ratingOf(String laborFunction) {
        return ratings.get(laborFunction);
    }

    public void sign() {
        try {
            probations.assess(probation.id(), new AssessmentForm(ratings, decision, newEnd, reason));
            reload();
            messages.info("probation.assessment.signed");
        } catch (RuleViolationException e) {
            messages.rule("assessment", e);
        } catch (AccessDeniedException | ConcurrentEditException e) {
            messages.add(null, FacesMessage.SEVERITY_ERROR, "probation.assessment.notYours");
        }
    }

    /** The mentor's log entries that rated items of this labor function. */
    public List<LogEntryView> entriesFor(String laborFunction) {
        List<LogEntryView> matching = new ArrayList<>();
        for (LogEntryView entry : entries) {
            if (entry.ratings().stream().anyMatch(r -> r.itemCode().startsWith(laborFunction + "/"))) {
                matching.add(entry);
            }
        }
        return matching;
    }

    public List<FunctionProgress> getFunctions() {
        return progress.now().functions();
    }

    public List<Integer> getScale() {
        return List.of(0, 1, 2, 3);
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public ProbationView getProbation() {
        return probation;
    }

    public ProgressView getProgress() {
        return progress;
    }

    public PlanView getPlan() {
        return plan;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
