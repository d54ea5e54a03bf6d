package ru.navyk.web.development;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.development.DevelopmentPlanService;
import ru.navyk.application.development.DevelopmentViews.PlanView;

/** The «Мой план развития» block of the home page: the caller's active plan, if they have one. */
@Named
@RequestScoped
public class MyPlanBacking {

    @Inject
    private DevelopmentPlanService plans;

    private PlanView plan;
    private boolean loaded;

    public PlanView getPlan() {
        if (!loaded) {
            loaded = true;
            plan = plans.myActivePlan().orElse(null);
        }
        return plan;
    }
}
