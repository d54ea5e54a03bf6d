package ru.navyk.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.navyk.application.training.LearningService;
import ru.navyk.application.training.TrainingViews.AttemptResult;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Pages;

/** Serves {@code /training/result.xhtml?attempt=…}: a submitted attempt's score and explanations. */
@Named
@RequestScoped
public class ResultBacking {

    @Inject
    private LearningService learning;

    private Long attempt;
    private AttemptResult result;

    /** View action: an attempt still running goes back to its test. */
    public void load() {
        try {
            result = learning.result(attempt == null ? -1 : attempt);
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (RuleViolationException e) {
            Pages.redirect("/training/test.xhtml?attempt=" + attempt);
        }
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }

    public AttemptResult getResult() {
        return result;
    }
}
