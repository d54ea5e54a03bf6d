package ru.navyk.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.training.AssignmentService;
import ru.navyk.application.training.TrainingViews.MyTraining;

/** Serves {@code /training/my.xhtml}: the learner's assigned courses, progress, reminders and events. */
@Named
@RequestScoped
public class MyTrainingBacking {

    @Inject
    private AssignmentService assignments;

    private MyTraining mine;

    @PostConstruct
    void load() {
        mine = assignments.mine();
    }

    public MyTraining getMine() {
        return mine;
    }
}
