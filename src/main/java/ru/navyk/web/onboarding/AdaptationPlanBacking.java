package ru.navyk.web.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.navyk.application.onboarding.OnboardingService;
import ru.navyk.application.onboarding.OnboardingViews.PlanView;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /onboarding/plan.xhtml?person=…}: the adaptation checklist; each line is ticked by its responsible
 * role, overdue lines are marked.
 */
@Named
@ViewScoped
public class AdaptationPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private Messages messages;

    private Long person;
    private PlanView plan;

    /** View action. */
    public void load() {
        if (person == null) {
            Pages.notFound();
            return;
        }
        try {
            plan = onboarding.planOf(person);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public void tick(long stepId) {
        try {
            plan = onboarding.tick(stepId);
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule("plan", e);
        } catch (ConcurrentEditException e) {
            messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
            plan = onboarding.planOf(person);
        }
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public PlanView getPlan() {
        return plan;
    }
}
