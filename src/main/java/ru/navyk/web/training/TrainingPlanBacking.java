package ru.navyk.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.training.TrainingNeedsService;
import ru.navyk.application.training.TrainingViews.PlanView;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Pages;

/** Serves {@code /training/plan.xhtml?id=…}: one team training plan. */
@Named
@RequestScoped
public class TrainingPlanBacking {

    @Inject
    private TrainingNeedsService needs;

    private Long id;
    private PlanView plan;

    /** View action. */
    public void load() {
        try {
            plan = needs.plan(id == null ? -1 : id);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanView getPlan() {
        return plan;
    }
}
